package jp.tsunagu.taxonomy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.tsunagu.area.Area;
import jp.tsunagu.area.AreaOverview;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.organization.OrganizationQueries;
import jp.tsunagu.taxonomy.CommissionInputs.CommissionPayload;
import jp.tsunagu.taxonomy.CommissionInputs.CreateCommissionInput;
import jp.tsunagu.taxonomy.CommissionInputs.RemoveCommissionInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Controller
class CommissionController {

	private final CommissionQueries queries;

	private final CommissionService mutations;

	private final OrganizationQueries organizations;

	CommissionController(CommissionQueries queries, CommissionService mutations, OrganizationQueries organizations) {
		this.queries = queries;
		this.mutations = mutations;
		this.organizations = organizations;
	}

	@QueryMapping
	Flux<Commission> commissions(@Argument String municipalityCode) {
		return queries.inMunicipality(municipalityCode);
	}

	@SchemaMapping(typeName = "AreaOverview", field = "commissions")
	Flux<Commission> areaCommissions(AreaOverview overview) {
		return queries.inMunicipality(overview.code());
	}

	@BatchMapping(typeName = "Organization", field = "commissions")
	Mono<Map<Organization, List<Commission>>> organizationCommissions(List<Organization> commissioned) {
		return queries.ofOrganizations(commissioned);
	}

	@BatchMapping
	Mono<Map<Commission, Organization>> organization(List<Commission> commissions) {
		return byKey(commissions, Commission::organizationId,
				organizations.byIds(keys(commissions, Commission::organizationId)), Organization::id);
	}

	@BatchMapping
	Mono<Map<Commission, SupportFunction>> function(List<Commission> commissions) {
		return byKey(commissions, Commission::functionCode,
				queries.functionsByCode(keys(commissions, Commission::functionCode)), SupportFunction::code);
	}

	@BatchMapping
	Mono<Map<Commission, Area>> municipality(List<Commission> commissions) {
		return byKey(commissions, Commission::municipalityCode,
				queries.areasByCode(keys(commissions, Commission::municipalityCode)), Area::code);
	}

	@MutationMapping
	Mono<CommissionPayload> createCommission(@Argument CreateCommissionInput input) {
		return mutations.create(input);
	}

	@MutationMapping
	Mono<CommissionPayload> removeCommission(@Argument RemoveCommissionInput input) {
		return mutations.remove(input.id());
	}

	private static List<String> keys(List<Commission> commissions, Function<Commission, String> key) {
		return commissions.stream().map(key).distinct().toList();
	}

	/** Commissions share ends, so each end is loaded once and handed to every commission that points at it. */
	private static <T> Mono<Map<Commission, T>> byKey(List<Commission> commissions,
			Function<Commission, String> keyOfCommission, Flux<T> ends, Function<T, String> keyOfEnd) {
		return ends.collectMap(keyOfEnd).map(byKey -> {
			Map<Commission, T> result = new LinkedHashMap<>();
			commissions.forEach(commission -> {
				T end = byKey.get(keyOfCommission.apply(commission));
				if (end != null) {
					result.put(commission, end);
				}
			});
			return result;
		});
	}
}
