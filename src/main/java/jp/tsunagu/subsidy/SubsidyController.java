package jp.tsunagu.subsidy;

import java.time.LocalDate;
import java.util.List;

import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.UserError;
import jp.tsunagu.api.UserErrors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** The subsidy table of 重層的支援体制整備事業 (図表4) and its rule, applied to a municipality. */
@Controller
class SubsidyController {

	record SubsidyTable(int fiscalYear, String populationBasisJa, String populationBasisEn, List<SubsidyBand> bands,
			SubsidyShares shares) {
	}

	record SubsidyAssessment(String municipalityCode, String municipalityName, int fiscalYear, LocalDate basisDate,
			Long residentPopulation, Long censusPopulation, SubsidyBand band, SubsidyBand censusBand,
			SubsidyShares shares, Long nationalAmountYen, Long prefectureAmountYen, Long municipalityAmountYen) {
	}

	record RecordResidentPopulationInput(String areaCode, Long population, LocalDate asOf) {
	}

	record ResidentPopulationPayload(String areaCode, Long population, LocalDate asOf, List<UserError> errors) {
	}

	private static final String BASIS_JA = "住民基本台帳に記載されている者の数（前年1月1日現在。総務省「住民基本台帳に基づく人口、人口動態及び世帯数に関する調査」）";

	private static final String BASIS_EN = "residents in the Basic Resident Register on 1 January of the year before the fiscal year (not the census)";

	private final SubsidyQueries queries;

	private final TransactionalOperator transaction;

	SubsidyController(SubsidyQueries queries, TransactionalOperator transaction) {
		this.queries = queries;
		this.transaction = transaction;
	}

	@QueryMapping
	Mono<SubsidyTable> subsidyTable(@Argument int fiscalYear) {
		return queries.bands(fiscalYear)
			.filter(bands -> !bands.isEmpty())
			.map(bands -> new SubsidyTable(fiscalYear, BASIS_JA, BASIS_EN, bands, SubsidyShares.of(fiscalYear)));
	}

	@QueryMapping
	Mono<SubsidyAssessment> subsidyAssessment(@Argument String municipality, @Argument int fiscalYear) {
		LocalDate basisDate = LocalDate.of(fiscalYear - 1, 1, 1);
		return queries.municipality(municipality, basisDate)
			.switchIfEmpty(Mono.error(() -> InvalidArgumentException.bilingual("municipality",
					"コード " + municipality + " の市町村はありません", "no municipality with code " + municipality)))
			.zipWith(queries.bands(fiscalYear), (found, bands) -> {
				SubsidyShares shares = SubsidyShares.of(fiscalYear);
				SubsidyBand band = bandOf(bands, found.residentPopulation());
				return new SubsidyAssessment(found.code(), found.name(), fiscalYear, basisDate,
						found.residentPopulation(), found.censusPopulation(), band,
						bandOf(bands, found.censusPopulation()), shares, part(band, shares.nationalQuarters()),
						part(band, shares.prefectureQuarters()), part(band, shares.municipalityQuarters()));
			});
	}

	@MutationMapping
	Mono<ResidentPopulationPayload> recordResidentPopulation(@Argument RecordResidentPopulationInput input) {
		UserErrors errors = new UserErrors().required("areaCode", input.areaCode())
			.required("population", input.population())
			.required("asOf", input.asOf());
		if (input.population() != null && input.population() < 0) {
			errors.addAll(List.of(UserError.of("population", "人口は0以上です", "must not be negative")));
		}
		if (!errors.isEmpty()) {
			return Mono.just(new ResidentPopulationPayload(null, null, null, errors.list()));
		}
		Mono<ResidentPopulationPayload> write = queries
			.recordResidentPopulation(input.areaCode(), input.population(), input.asOf())
			.map(code -> new ResidentPopulationPayload(code, input.population(), input.asOf(), List.of()))
			.defaultIfEmpty(new ResidentPopulationPayload(null, null, null, List.of(UserError.of("areaCode",
					"コード " + input.areaCode() + " の市町村はありません",
					"no municipality with code " + input.areaCode()))));
		return transaction.transactional(write);
	}

	private static SubsidyBand bandOf(List<SubsidyBand> bands, Long population) {
		return population == null ? null : bands.stream().filter(band -> band.holds(population)).findFirst().orElse(null);
	}

	private static Long part(SubsidyBand band, int quarters) {
		return band == null ? null : band.baseAmountYen() * quarters / 4;
	}
}
