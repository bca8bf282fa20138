package jp.tsunagu.taxonomy;

import java.util.List;
import java.util.Map;

import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.organization.Organization;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Controller
class TaxonomyController {

	private final TaxonomyQueries queries;

	TaxonomyController(TaxonomyQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	Flux<Need> needs(@Argument String broader, @Argument Boolean all) {
		boolean everyNeed = Boolean.TRUE.equals(all);
		if (broader == null) {
			return everyNeed ? queries.allNeeds() : queries.broadNeeds();
		}
		if (everyNeed) {
			throw new InvalidArgumentException("all", "cannot be combined with broader");
		}
		return queries.narrowerNeeds(broader)
			.switchIfEmpty(Mono.error(() -> new InvalidArgumentException("broader", "no need with code " + broader)))
			.flatMapMany(Flux::fromIterable);
	}

	@QueryMapping
	Mono<Need> need(@Argument String code) {
		return queries.need(code);
	}

	@QueryMapping
	Flux<Field> fields() {
		return queries.fields();
	}

	@QueryMapping
	Flux<IsolationKind> isolationKinds() {
		return queries.isolationKinds();
	}

	@QueryMapping
	Flux<SupportFunction> supportFunctions() {
		return queries.topLevelFunctions();
	}

	@QueryMapping
	Flux<RiskPathway> riskPathways() {
		return queries.riskPathways();
	}

	@QueryMapping
	Flux<PartnerSystem> partnerSystems() {
		return queries.partnerSystems();
	}

	@BatchMapping
	Mono<Map<Need, List<Need>>> broader(List<Need> needs) {
		return queries.broader(needs);
	}

	@BatchMapping
	Mono<Map<Need, List<Need>>> narrower(List<Need> needs) {
		return queries.narrower(needs);
	}

	@BatchMapping
	Mono<Map<SupportFunction, SupportFunction>> parent(List<SupportFunction> functions) {
		return queries.parents(functions);
	}

	@BatchMapping
	Mono<Map<SupportFunction, List<SupportFunction>>> subAreas(List<SupportFunction> functions) {
		return queries.subAreas(functions);
	}

	@BatchMapping
	Mono<Map<RiskPathway, List<Need>>> steps(List<RiskPathway> pathways) {
		return queries.steps(pathways);
	}

	@BatchMapping
	Mono<Map<RiskPathway, List<RiskPathwayStage>>> stages(List<RiskPathway> pathways) {
		return queries.stages(pathways);
	}

	@BatchMapping(typeName = "PartnerSystem", field = "functions")
	Mono<Map<PartnerSystem, List<SupportFunction>>> functionsFed(List<PartnerSystem> systems) {
		return queries.functionsFed(systems);
	}

	@BatchMapping(typeName = "PartnerSystem", field = "needs")
	Mono<Map<PartnerSystem, List<Need>>> partnerSystemNeeds(List<PartnerSystem> systems) {
		return queries.needsOf(systems);
	}

	@BatchMapping(typeName = "SupportFunction", field = "partnerSystems")
	Mono<Map<SupportFunction, List<PartnerSystem>>> systemsFeeding(List<SupportFunction> functions) {
		return queries.systemsFeeding(functions);
	}

	@BatchMapping(typeName = "Organization", field = "fields")
	Mono<Map<Organization, List<Field>>> organizationFields(List<Organization> organizations) {
		return queries.fieldsOf(organizations);
	}
}
