package jp.tsunagu.household;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jp.tsunagu.api.UserError;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * What a household file may do, for the file import: the rules of {@code createHousehold} (who holds records, the
 * pseudonymous code, member counts and flags), the record holder's own households by code, and the write. Every look
 * at households and every write is audited in its own transaction, as through GraphQL; a refused upload is audited
 * as a refused write.
 */
@Service
public class HouseholdImport {

	/** The operation the audit log names for household files. */
	public static final String OPERATION = "importHouseholds";

	/** The input fields a household file can set, as the audit log lists them. */
	public static final List<String> FIELDS = List.of("code", "areaCode", "memberCount", "flags", "protection",
			"isolationCodes");

	public static final int MIN_MEMBERS = HouseholdValidation.MIN_MEMBERS;

	public static final int MAX_MEMBERS = HouseholdValidation.MAX_MEMBERS;

	private final HouseholdQueries queries;

	private final HouseholdFileWrites writes;

	private final HouseholdAudit audit;

	private final TransactionalOperator transaction;

	HouseholdImport(HouseholdQueries queries, HouseholdFileWrites writes, HouseholdAudit audit,
			TransactionalOperator transaction) {
		this.queries = queries;
		this.writes = writes;
		this.audit = audit;
		this.transaction = transaction;
	}

	/** A household as its record holder's file can find it by code. */
	public record HeldHousehold(String id, String code, Integer memberCount, List<String> flags, String protection,
			boolean archived, String areaCode, List<String> isolationCodes) {
	}

	/**
	 * Whether the caller may create households, so hold their records: staff of an organisation (a coordinator's
	 * council or a member organisation), as {@code createHousehold} allows. A 民生委員's 民児協 never holds records.
	 */
	public static boolean mayHoldRecords(Caller caller) {
		return caller.hasAnyRole(Role.COORDINATOR, Role.MEMBER_STAFF) && caller.organizationId() != null;
	}

	/** Letters, digits and hyphens, 3 to 40: a pseudonymous code with no room for a name or an address. */
	public static boolean validCode(String code) {
		return code != null && HouseholdService.CODE.matcher(code).matches();
	}

	/** The flags that cannot describe a household of this many members, or, without a count, that contradict each other. */
	public static List<HouseholdFlag> misfits(Integer memberCount, Collection<HouseholdFlag> flags) {
		if (memberCount != null) {
			return flags.stream().filter(flag -> !flag.fits(memberCount)).distinct().toList();
		}
		int atLeast = flags.stream().mapToInt(HouseholdFlag::minMembers).max().orElse(MIN_MEMBERS);
		int atMost = flags.stream().mapToInt(HouseholdFlag::maxMembers).min().orElse(MAX_MEMBERS);
		return atLeast > atMost ? flags.stream().distinct().toList() : List.of();
	}

	/** Records a refused upload: who tried, and why. */
	public Mono<Void> refused(Caller caller, String fileName, String reason) {
		return audit.refused(access(caller, fileName), List.of(new UserError(List.of("file"), reason)));
	}

	/** The caller's organisation's own households with these codes; each one found is audited as read. */
	public Mono<List<HeldHousehold>> heldByCaller(Caller caller, String fileName, Collection<String> codes) {
		if (!mayHoldRecords(caller) || codes.isEmpty()) {
			return Mono.just(List.of());
		}
		return transaction.transactional(queries.heldByCodes(caller.organizationId(), codes)
			.flatMap(rows -> audit.read(access(caller, fileName), rows.stream().map(row -> (String) row.get("id")).toList())
				.thenReturn(rows.stream().map(HouseholdImport::held).toList())));
	}

	/**
	 * Writes the rows (keys {@code code, areaCode, memberCount, flags, protection, isolationCodes}; null keeps what
	 * the record holds) under the caller's organisation, all or nothing, auditing each household written in the same
	 * transaction. Returns how many households were written.
	 */
	public Mono<Integer> write(Caller caller, String fileName, List<Map<String, Object>> rows) {
		if (!mayHoldRecords(caller)) {
			return Mono.error(new IllegalStateException("only a record holder writes households"));
		}
		return transaction.transactional(writes.write(caller.organizationId(), rows)
			.flatMap(ids -> ids.size() != rows.size()
					? Mono.error(new IllegalStateException("wrote " + ids.size() + " of " + rows.size() + " households"))
					: audit.written(access(caller, fileName), ids).thenReturn(ids.size())));
	}

	private static HouseholdAccess access(Caller caller, String fileName) {
		return new HouseholdAccess(caller, OPERATION, FIELDS, fileName);
	}

	@SuppressWarnings("unchecked")
	private static HeldHousehold held(Map<String, Object> row) {
		Object memberCount = row.get("memberCount");
		return new HeldHousehold((String) row.get("id"), (String) row.get("code"),
				memberCount == null ? null : ((Number) memberCount).intValue(),
				row.get("flags") == null ? List.of() : (List<String>) row.get("flags"), (String) row.get("protection"),
				Boolean.TRUE.equals(row.get("archived")), (String) row.get("areaCode"),
				(List<String>) row.get("isolationCodes"));
	}
}
