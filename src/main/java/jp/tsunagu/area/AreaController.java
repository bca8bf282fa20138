package jp.tsunagu.area;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.PageRequest;
import jp.tsunagu.api.UserErrors;
import jp.tsunagu.area.AreaInputs.AreaFilter;
import jp.tsunagu.area.AreaInputs.AreaPayload;
import jp.tsunagu.area.AreaInputs.CreateDistrictInput;
import jp.tsunagu.area.AreaInputs.CreateRegionInput;
import jp.tsunagu.area.AreaInputs.UpdateDistrictInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

@Controller
class AreaController {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	private final AreaQueries queries;

	private final TransactionalOperator transaction;

	AreaController(AreaQueries queries, TransactionalOperator transaction) {
		this.queries = queries;
		this.transaction = transaction;
	}

	@QueryMapping
	Mono<Area> area(@Argument String code) {
		return queries.byCode(code);
	}

	@QueryMapping
	Mono<Connection<Area>> areas(@Argument AreaFilter filter, @Argument Integer first, @Argument String after) {
		return queries.list(filter, PageRequest.of(first, after));
	}

	@QueryMapping
	Mono<AreaOverview> areaOverview(@Argument String code) {
		return queries.byCode(code).map(AreaOverview::new);
	}

	@BatchMapping
	Mono<Map<Area, Area>> parent(List<Area> areas) {
		return queries.parents(areas);
	}

	@MutationMapping
	Mono<AreaPayload> createDistrict(@Argument CreateDistrictInput input) {
		UserErrors errors = new UserErrors().required("name", input.name())
			.maxLength("name", input.name(), 200)
			.matches("slug", input.slug(), SLUG, "must be lower-case ASCII letters, digits and hyphens (max 40)");
		if (input.population() != null && input.population() < 0) {
			errors.add("population", "must not be negative");
		}
		String code = input.parentCode() + "-" + input.slug();
		Mono<AreaPayload> write = Areas.require(queries.byCode(input.parentCode()), input.parentCode(), errors, "parentCode")
			.map(parent -> parent.kind() == AreaKind.MUNICIPALITY || parent.kind() == AreaKind.WARD ? errors
					: errors.add("parentCode", "a district lies in a municipality or ward, " + input.parentCode()
							+ " is a " + parent.kind()))
			.defaultIfEmpty(errors)
			.flatMap(checked -> queries.byCode(code)
				.map(existing -> checked.add("slug", "district " + code + " already exists"))
				.defaultIfEmpty(checked))
			.flatMap(checked -> checked.isEmpty()
					? queries.createDistrict(input, code).map(area -> new AreaPayload(area, List.of()))
					: Mono.just(new AreaPayload(null, checked.list())));
		return transaction.transactional(write);
	}

	@MutationMapping
	Mono<AreaPayload> createRegion(@Argument CreateRegionInput input) {
		UserErrors errors = new UserErrors().required("name", input.name())
			.maxLength("name", input.name(), 200)
			.matches("slug", input.slug(), SLUG, "must be lower-case ASCII letters, digits and hyphens (max 40)");
		if (input.municipalityCodes().isEmpty()) {
			errors.add("municipalityCodes", "must name at least one municipality");
		}
		String code = input.prefectureCode() + "-" + input.slug();
		Mono<AreaPayload> write = Areas.require(queries.byCode(input.prefectureCode()), input.prefectureCode(), errors,
				"prefectureCode")
			.map(prefecture -> prefecture.kind() == AreaKind.PREFECTURE ? errors
					: errors.add("prefectureCode", "a 圏域 lies in a prefecture, " + input.prefectureCode() + " is a "
							+ prefecture.kind()))
			.defaultIfEmpty(errors)
			.flatMap(checked -> queries.notMunicipalitiesOf(input.prefectureCode(), input.municipalityCodes())
				.map(outside -> outside.isEmpty() ? checked
						: checked.add("municipalityCodes", "not municipalities of " + input.prefectureCode() + ": "
								+ String.join(", ", outside))))
			.flatMap(checked -> queries.byCode(code)
				.map(existing -> checked.add("slug", "area " + code + " already exists"))
				.defaultIfEmpty(checked))
			.flatMap(checked -> checked.isEmpty()
					? queries.createRegion(input, code).map(area -> new AreaPayload(area, List.of()))
					: Mono.just(new AreaPayload(null, checked.list())));
		return transaction.transactional(write);
	}

	@MutationMapping
	Mono<AreaPayload> updateDistrict(@Argument UpdateDistrictInput input) {
		UserErrors errors = new UserErrors();
		if (input.name() != null) {
			errors.required("name", input.name()).maxLength("name", input.name(), 200);
		}
		if (input.population() != null && input.population() < 0) {
			errors.add("population", "must not be negative");
		}
		if (!errors.isEmpty()) {
			return Mono.just(new AreaPayload(null, errors.list()));
		}
		return transaction.transactional(queries.updateDistrict(input)
			.map(area -> new AreaPayload(area, List.of()))
			.switchIfEmpty(Mono.fromSupplier(() -> new AreaPayload(null,
					new UserErrors().add("code", "no district with code " + input.code()).list()))));
	}
}
