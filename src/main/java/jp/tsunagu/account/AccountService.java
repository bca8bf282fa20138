package jp.tsunagu.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.api.UserErrors;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.graph.PagedQuery;
import jp.tsunagu.security.Caller;
import jp.tsunagu.security.CallerCache;
import jp.tsunagu.security.HubSecret;
import jp.tsunagu.security.LocalAccounts;
import jp.tsunagu.security.Role;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static jp.tsunagu.graph.CypherParameters.of;

/**
 * Local accounts: created by an administrator (or the CLI) with a generated password that is shown once, never
 * stored or logged in clear: the standard delegating encoder (bcrypt) hashes it after a pepper from the hub's secret.
 * Every creation, enabling or disabling and password reset is an audit event. An account's role never changes: another
 * role takes a new account, whose creation is audited.
 */
@Service
public class AccountService implements LocalAccounts {

	static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,39}$");

	private static final PagedQuery LIST = new PagedQuery("MATCH (a:Account)", "a", "username");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ReactiveNeo4jClient client;

	private final PasswordEncoder encoder;

	private final TransactionalOperator transaction;

	private final HubSecret secret;

	private final String absentHash;

	private final AuditLog audit;

	private final CallerCache callers;

	AccountService(ReactiveNeo4jClient client, PasswordEncoder encoder, TransactionalOperator transaction, HubSecret secret,
			AuditLog audit, CallerCache callers) {
		this.audit = audit;
		this.callers = callers;
		this.client = client;
		this.encoder = encoder;
		this.transaction = transaction;
		this.secret = secret;
		this.absentHash = encoder.encode(randomPassword());
	}

	public record NewAccount(String username, Role role, String organizationId, String personId) {
	}

	/**
	 * Who changes an account and through what, for the audit log: an administrator through the API, the operator
	 * through the {@code account} command, or the hub itself.
	 */
	public record ChangedBy(Caller actor, String operation) {

		/** The operator at the hub's command line, acting as an administrator. */
		public static ChangedBy commandLine(String command) {
			return new ChangedBy(new Caller("operator:" + System.getProperty("user.name", "unknown"), Role.ADMINISTRATOR,
					null, null), command);
		}

		/** The hub on its own, e.g. the administrator of a first start or the demo accounts. */
		public static ChangedBy hub(String reason) {
			return new ChangedBy(new Caller("hub", Role.ADMINISTRATOR, null, null), reason);
		}

		/** The change's audit event, written in the transaction of the change: no account changes unrecorded. */
		private Mono<Account> recorded(AuditLog audit, AuditAction action, List<String> fields, Account account) {
			return audit.accountChange(actor, operation, action, fields, account.username(), account.role().name(),
					account.organizationId(), account.personId()).thenReturn(account);
		}
	}

	/** The account and its generated password, or the problems with the input (then nothing was written). */
	public record Created(Account account, String password, UserErrors errors) {
	}

	public Mono<Created> create(NewAccount input, ChangedBy by) {
		return transaction.transactional(Mono.defer(() -> {
			UserErrors errors = new UserErrors();
			errors.required("username", input.username())
				.matches("username", input.username(), USERNAME,
						"must be 3 to 40 lower-case letters, digits, dots, hyphens or underscores");
			errors.required("role", input.role());
			return scopeProblems(input, errors).then(Mono.defer(() -> {
				if (!errors.isEmpty()) {
					return Mono.just(new Created(null, null, errors));
				}
				String password = randomPassword();
				return hash(password).flatMap(hash -> client.query("""
						CREATE (a:Account {username: $username, passwordHash: $hash, role: $role,
						        organizationId: $organizationId, personId: $personId, enabled: true, createdAt: datetime()})
						RETURN a""")
					.bindAll(of("username", input.username(), "hash", hash, "role", input.role().name(),
							"organizationId", input.organizationId(), "personId", input.personId()))
					.fetchAs(Account.class)
					.mappedBy((types, record) -> Account.from(record.get("a").asNode()))
					.one()
					.flatMap(account -> by.recorded(audit, AuditAction.ACCOUNT_CREATED,
							List.of("username", "role", "organizationId", "personId"), account)))
					.map(account -> new Created(account, password, errors));
			}));
		}));
	}

	/** Checks that the role's scope exists: a council for a coordinator, an organisation for staff, a 民生委員. */
	private Mono<Void> scopeProblems(NewAccount input, UserErrors errors) {
		String username = input.username() == null ? "" : input.username();
		Role role = input.role() == null ? Role.ANALYST : input.role();
		return client.query("""
				OPTIONAL MATCH (o:Organization {id: $organizationId}) WHERE NOT coalesce(o.archived, false)
				OPTIONAL MATCH (p:Person {id: $personId}) WHERE NOT coalesce(p.archived, false)
				RETURN EXISTS { (:Account {username: $username}) } AS taken, o.kind AS organizationKind,
				       CASE WHEN p IS NULL THEN null WHEN 'CommissionedVolunteer' IN labels(p) THEN 'COMMISSIONED_VOLUNTEER' ELSE 'STAFF' END
				         AS personKind""")
			.bindAll(of("username", username, "organizationId", input.organizationId(), "personId", input.personId()))
			.fetch()
			.one()
			.doOnNext(found -> {
				if (Boolean.TRUE.equals(found.get("taken"))) {
					errors.add("username", username + " is taken");
				}
				Object organizationKind = found.get("organizationKind");
				boolean needsOrganization = role == Role.COORDINATOR || role == Role.MEMBER_STAFF;
				if (needsOrganization && input.organizationId() == null) {
					errors.add("organizationId", "is required for " + role);
				}
				else if (input.organizationId() != null && organizationKind == null) {
					errors.add("organizationId", "no organisation with id " + input.organizationId());
				}
				else if (role == Role.COORDINATOR && !"COUNCIL".equals(organizationKind)) {
					errors.add("organizationId", "a coordinator works for a council of social welfare (社協), not a "
							+ organizationKind);
				}
				if (role == Role.COMMISSIONED_VOLUNTEER && input.personId() == null) {
					errors.add("personId", "is required for " + role);
				}
				else if (input.personId() != null && found.get("personKind") == null) {
					errors.add("personId", "no person with id " + input.personId());
				}
				else if (role == Role.COMMISSIONED_VOLUNTEER && !"COMMISSIONED_VOLUNTEER".equals(found.get("personKind"))) {
					errors.add("personId", "is not a 民生委員・児童委員");
				}
			})
			.then();
	}

	@Override
	public Mono<Caller> authenticate(String username, String password) {
		if (username == null || password == null) {
			return Mono.empty();
		}
		return client.query("MATCH (a:Account {username: $username}) WHERE a.enabled RETURN a, a.passwordHash AS hash")
			.bind(username)
			.to("username")
			.fetchAs(Map.Entry.class)
			.mappedBy((types, record) -> Map.entry(Account.from(record.get("a").asNode()), record.get("hash").asString()))
			.one()
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.publishOn(Schedulers.boundedElastic())
			// an unknown or disabled name costs a hash comparison too, so timing does not tell which names exist
			.filter(found -> encoder.matches(secret.pepper(password),
					found.map(entry -> (String) entry.getValue()).orElse(absentHash)) && found.isPresent())
			.map(found -> ((Account) found.get().getKey()).asCaller());
	}

	@Override
	public Mono<Caller> enabled(String username) {
		return client.query("MATCH (a:Account {username: $username}) WHERE a.enabled RETURN a")
			.bind(username)
			.to("username")
			.fetchAs(Caller.class)
			.mappedBy((types, record) -> Account.from(record.get("a").asNode()).asCaller())
			.one();
	}

	public Mono<Boolean> anyExists() {
		return client.query("RETURN EXISTS { (:Account) } AS any")
			.fetchAs(Boolean.class)
			.mappedBy((types, record) -> record.get("any").asBoolean())
			.one();
	}

	Mono<Connection<Account>> list(PageRequest page) {
		return LIST.fetch(client, Map.of(), page, value -> Account.from(value.asNode()), Account::username,
				Account::username);
	}

	/** Enables or disables an account; empty when there is none with this name. */
	Mono<Account> setEnabled(String username, boolean enabled, ChangedBy by) {
		return transaction.transactional(client
			.query("MATCH (a:Account {username: $username}) SET a.enabled = $enabled, a.updatedAt = datetime() RETURN a")
			.bindAll(of("username", username, "enabled", enabled))
			.fetchAs(Account.class)
			.mappedBy((types, record) -> Account.from(record.get("a").asNode()))
			.one()
			.flatMap(account -> by.recorded(audit, enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED,
					List.of("enabled"), account)))
			.doOnSuccess(account -> callers.forget(username));
	}

	/** A new generated password for the account; empty when there is none with this name. */
	public Mono<Created> resetPasswordOf(String username, ChangedBy by) {
		String password = randomPassword();
		return hash(password).flatMap(hash -> transaction.transactional(client
			.query("MATCH (a:Account {username: $username}) SET a.passwordHash = $hash, a.updatedAt = datetime() RETURN a")
			.bindAll(of("username", username, "hash", hash))
			.fetchAs(Account.class)
			.mappedBy((types, record) -> Account.from(record.get("a").asNode()))
			.one()
			.flatMap(account -> by.recorded(audit, AuditAction.PASSWORD_RESET, List.of("password"), account)))
			.doOnSuccess(account -> callers.forget(username)))
			.map(account -> new Created(account, password, new UserErrors()));
	}

	private Mono<String> hash(String password) {
		return Mono.fromCallable(() -> encoder.encode(secret.pepper(password))).subscribeOn(Schedulers.boundedElastic());
	}

	/** 18 random bytes: 24 URL-safe characters, about 144 bits. */
	static String randomPassword() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
