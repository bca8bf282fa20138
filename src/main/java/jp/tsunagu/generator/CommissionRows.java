package jp.tsunagu.generator;

import static jp.tsunagu.generator.StepRows.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import jp.tsunagu.generator.NationalPlan.City;
import jp.tsunagu.generator.NationalPlan.Unit;
import jp.tsunagu.generator.Organizations.CityOrganizations;
import jp.tsunagu.generator.Organizations.Org;
import jp.tsunagu.generator.Organizations.UnitOrganizations;
import jp.tsunagu.taxonomy.CommissionProgramme;
import jp.tsunagu.taxonomy.FunctionMode;

/**
 * Rows of the commissions (who took on which function of 重層的支援体制整備事業, V020 SupportFunction codes): in every
 * municipality the programmes that exist everywhere (1.1 地域包括支援センター, 1.2 基幹相談支援センター where there is
 * one, 1.4 自立相談支援, 3.2 生活支援体制整備), each under its own programme (既存制度の事業), commissioned (委託);
 * where the municipality runs 重層 also 1.3 (run by the municipal office itself, 直営), 2, 4, 5 and 6 (委託) under
 * 重層的支援体制整備事業, from April 2021 at the earliest.
 */
final class CommissionRows {

	private static final CommissionProgramme EXISTING = CommissionProgramme.EXISTING_SYSTEM;

	private static final CommissionProgramme JUSO = CommissionProgramme.JUSO;

	private static final FunctionMode COMMISSIONED = FunctionMode.COMMISSIONED;

	private static final FunctionMode DIRECT = FunctionMode.DIRECT;

	private final long seed;

	private final Organizations organizations;

	private final NetworkRows networks;

	CommissionRows(long seed, Organizations organizations, NetworkRows networks) {
		this.seed = seed;
		this.organizations = organizations;
		this.networks = networks;
	}

	List<Map<String, Object>> city(City city) {
		SplittableRandom random = Seeds.random(seed, "commissions", city.code());
		CityOrganizations own = organizations.city(city);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Unit unit : city.units()) {
			UnitOrganizations orgs = organizations.of(unit);
			for (Org center : orgs.communityCenters()) {
				rows.add(commission(city, center, "1.1", LocalDate.of(2006, 4, 1), EXISTING, COMMISSIONED, "地域包括支援センターの運営（介護保険法）"));
			}
			rows.add(commission(city, orgs.selfReliance(), "1.4", LocalDate.of(2015, 4, 1), EXISTING, COMMISSIONED, "自立相談支援事業（生活困窮者自立支援法）"));
		}
		if (own.coreDisability() != null) {
			rows.add(commission(city, own.coreDisability(), "1.2", LocalDate.of(2012, 4, 1), EXISTING, COMMISSIONED, "障害者相談支援事業"));
		}
		rows.add(commission(city, own.council(), "3.2", NetworkRows.date(random, 2015, 2018), EXISTING, COMMISSIONED, "生活支援体制整備事業"));
		if (networks.layeredSupport(city)) {
			LocalDate since = NetworkRows.date(random, 2021, 2024);
			rows.add(commission(city, own.office(), "1.3", since, JUSO, DIRECT, "利用者支援事業（子ども）"));
			rows.add(commission(city, own.council(), "2", since, JUSO, COMMISSIONED, "参加支援事業"));
			rows.add(commission(city, own.council(), "4", since, JUSO, COMMISSIONED, "アウトリーチ等を通じた継続的支援事業"));
			rows.add(commission(city, own.council(), "5", since, JUSO, COMMISSIONED, "多機関協働事業"));
			rows.add(commission(city, own.council(), "6", since, JUSO, COMMISSIONED, "支援プランの作成（多機関協働と一体的に実施）"));
		}
		return rows;
	}

	private Map<String, Object> commission(City city, Org organization, String function, LocalDate since,
			CommissionProgramme programme, FunctionMode mode, String note) {
		return row("id", Seeds.id(seed, "commission", city.code() + ":" + function + ":" + organization.id()), "organization",
				organization.id(), "function", function, "municipality", city.code(), "since", since, "programme",
				programme.name(), "mode", mode.name(), "note", "生成データ（架空）: " + note);
	}
}
