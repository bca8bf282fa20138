package jp.tsunagu.importing;

import java.util.List;
import java.util.Map;

/**
 * The columns of each kind of file, with Japanese and English headers, and the example rows a downloaded template
 * is filled with. docs/import-export.md lists the same columns.
 */
public final class ImportTemplates {

	static final TemplateColumn ORG_NAME = new TemplateColumn("name", "法人名", "name", true, "団体・法人・施設の名称",
			"name of the organisation").withAliases("名称", "団体名", "施設名", "事業所名");

	static final TemplateColumn ORG_NAME_KANA = new TemplateColumn("nameKana", "法人名カナ", "name_kana", false, "読み（カナ）",
			"reading in kana").withAliases("フリガナ", "ふりがな", "カナ");

	static final TemplateColumn CORPORATE_NUMBER = new TemplateColumn("corporateNumber", "法人番号", "corporate_number",
			false, "13桁（チェックデジット付き）。あれば照合キー", "13 digits with check digit; the natural key when given");

	static final TemplateColumn ORG_KIND = new TemplateColumn("kind", "種別", "kind", true,
			"社会福祉協議会・社会福祉法人・福祉施設・NPO法人・企業・行政・支援関係機関・住民組織",
			"COUNCIL, SOCIAL_WELFARE_CORPORATION, FACILITY, NPO, COMPANY, GOVERNMENT_OFFICE, SUPPORT_AGENCY, RESIDENT_GROUP")
		.withAliases("団体種別", "法人種別");

	static final TemplateColumn MUNICIPALITY_CODE = new TemplateColumn("municipalityCode", "市区町村コード",
			"municipality_code", true, "所在する市区町村の地方公共団体コード（6桁）",
			"6-digit local government code of the municipality it is in").withAliases("団体コード", "自治体コード");

	static final TemplateColumn ADDRESS = new TemplateColumn("address", "所在地", "address", false, "住所（町域・番地・建物）",
			"street address").withAliases("住所");

	static final TemplateColumn PHONE = new TemplateColumn("phone", "電話番号", "phone", false, "代表電話",
			"main telephone number").withAliases("電話", "TEL");

	static final TemplateColumn OPERATOR = new TemplateColumn("operatorCorporateNumber", "運営法人の法人番号",
			"operator_corporate_number", false, "施設を運営する社会福祉法人の法人番号（同じファイルか登録済み）",
			"corporate number of the corporation operating the facility (in this file or already in the hub)");

	static final TemplateColumn FACILITY_FIELD = new TemplateColumn("facilityField", "施設分野", "facility_field", false,
			"高齢・障害・児童・保育（施設のみ）", "ELDERLY, DISABILITY, CHILDREN, NURSERY (facilities only)");

	static final TemplateColumn DESCRIPTION = new TemplateColumn("description", "説明", "description", false, "活動の概要",
			"what it does").withAliases("備考", "概要");

	static final TemplateColumn PERSON_NAME = new TemplateColumn("name", "氏名", "name", true, "民生委員・児童委員の氏名",
			"the volunteer's name").withAliases("名前");

	static final TemplateColumn CHIEF = new TemplateColumn("chiefChildCommissioner", "主任児童委員", "chief_child_commissioner",
			false, "主任児童委員なら「はい」", "\"yes\" for a 主任児童委員").withAliases("区分");

	static final TemplateColumn DISTRICT_CODE = new TemplateColumn("districtCode", "担当地区コード", "district_code", true,
			"担当地区（ハブに登録済みの地区コード）", "code of the assigned district, as registered in the hub")
		.withAliases("地区コード");

	static final TemplateColumn COMMISSIONER_COUNCIL = new TemplateColumn("council", "民児協", "council", false,
			"所属する民生委員児童委員協議会の名称（登録済み）", "name of their 民児協, as registered in the hub")
		.withAliases("所属民児協");

	static final TemplateColumn SINCE = new TemplateColumn("since", "委嘱日", "since", false, "YYYY-MM-DD",
			"YYYY-MM-DD").withAliases("就任日");

	static final TemplateColumn NETWORK_NAME = new TemplateColumn("network", "ネットワーク名", "network", true,
			"連絡会・協議会などの名称", "name of the network").withAliases("会議名", "連絡会名");

	static final TemplateColumn NETWORK_KIND = new TemplateColumn("networkKind", "ネットワーク種別", "network_kind", false,
			"連絡会・協議会・協議体・会議・プラットフォーム・部会・委員会",
			"LIAISON_COUNCIL, COUNCIL, CONSULTATIVE_BODY, MEETING, PLATFORM, SUBCOMMITTEE");

	static final TemplateColumn AREA_CODE = new TemplateColumn("areaCode", "対象区域コード", "area_code", true,
			"対象とする区域の地方公共団体コードまたは地区コード", "local government or district code of the area covered")
		.withAliases("区域コード");

	static final TemplateColumn MEMBER_NAME = new TemplateColumn("memberName", "構成団体名", "member_name", false,
			"構成団体の名称（登録済み）。法人番号があれば不要", "member organisation's name, unless its corporate number is given")
		.withAliases("構成団体");

	static final TemplateColumn MEMBER_NUMBER = new TemplateColumn("memberCorporateNumber", "構成団体の法人番号",
			"member_corporate_number", false, "構成団体の法人番号", "member organisation's corporate number");

	static final TemplateColumn MEMBER_ROLE = new TemplateColumn("role", "役割", "role", false, "構成員・事務局・幹事・代表",
			"MEMBER, SECRETARIAT, STEERING, CHAIR");

	static final TemplateColumn MEMBER_SINCE = new TemplateColumn("since", "参加年月日", "since", false, "YYYY-MM-DD",
			"YYYY-MM-DD");

	static final TemplateColumn SERVICE_NAME = new TemplateColumn("name", "サービス名", "name", true, "社会資源の名称",
			"name of the service").withAliases("事業名", "社会資源名");

	static final TemplateColumn PROVIDER_NAME = new TemplateColumn("providerName", "提供団体名", "provider_name", false,
			"提供団体の名称（登録済み）。法人番号があれば不要", "provider's name, unless its corporate number is given")
		.withAliases("提供団体");

	static final TemplateColumn PROVIDER_NUMBER = new TemplateColumn("providerCorporateNumber", "提供団体の法人番号",
			"provider_corporate_number", false, "提供団体の法人番号", "provider's corporate number");

	static final TemplateColumn NEEDS = new TemplateColumn("needs", "対象の課題", "needs", false,
			"課題のコードまたは名称を「、」か「;」で区切って", "need codes or Japanese labels, separated by 、 or ;")
		.withAliases("課題");

	static final TemplateColumn ELIGIBILITY = new TemplateColumn("eligibility", "対象者", "eligibility", false,
			"利用できる人", "who may use it").withAliases("利用条件");

	static final TemplateColumn HOUSEHOLD_CODE = new TemplateColumn("code", "世帯コード", "household_code", true,
			"あなたの団体が付けた仮名のコード（英数字とハイフン3〜40字。氏名・住所は書かない）",
			"your organisation's pseudonymous code (3 to 40 letters, digits, hyphens; never a name or address)")
		.withAliases("コード", "ケース番号", "code");

	static final TemplateColumn HOUSEHOLD_AREA = new TemplateColumn("area", "居住地域", "area", true,
			"市区町村名（小野市、兵庫県小野市）、市区町村コード（6桁）または地区コード。都道府県は不可",
			"municipality name (小野市), 6-digit local government code or district code; not a prefecture")
		.withAliases("市区町村", "市区町村コード", "地区コード", "地域", "area_code");

	static final TemplateColumn MEMBER_COUNT = new TemplateColumn("memberCount", "世帯人数", "member_count", false,
			"1〜20", "1 to 20").withAliases("人数");

	static final TemplateColumn HOUSEHOLD_FLAGS = new TemplateColumn("flags", "世帯の特性", "flags", false,
			"高齢単身・高齢夫婦・ひとり親・外国籍・8050・ダブルケア・ヤングケアラー・フリーランス・障害のある世帯員・ひきこもり を「、」区切りで",
			"SINGLE_ELDERLY, ELDERLY_COUPLE, SINGLE_PARENT, FOREIGN_NATIONALITY, EIGHTY_FIFTY, DOUBLE_CARE, YOUNG_CARER, "
					+ "FREELANCE, DISABILITY, HIKIKOMORI, separated by 、 or ;")
		.withAliases("特性", "世帯類型");

	static final TemplateColumn PROTECTION = new TemplateColumn("protection", "保護", "protection", false,
			"なし・DV・犯罪被害（空欄は新規ならなし）", "NONE, DV, CRIME_VICTIM (empty: NONE for a new household)")
		.withAliases("保護区分");

	static final TemplateColumn ISOLATION = new TemplateColumn("isolationCodes", "孤立の種類", "isolation", false,
			"社会的孤立の類型のコードか名称（家族からの孤立、neighborhood …）を「、」区切りで",
			"isolation kind codes or Japanese labels (family, 近隣社会からの孤立 …), separated by 、 or ;")
		.withAliases("社会的孤立", "isolation_codes");

	private static final Map<ImportKind, List<TemplateColumn>> COLUMNS = Map.of(ImportKind.ORGANIZATIONS,
			List.of(ORG_NAME, ORG_NAME_KANA, CORPORATE_NUMBER, ORG_KIND, MUNICIPALITY_CODE, ADDRESS, PHONE, OPERATOR,
					FACILITY_FIELD, DESCRIPTION),
			ImportKind.PEOPLE, List.of(PERSON_NAME, CHIEF, DISTRICT_CODE, COMMISSIONER_COUNCIL, SINCE),
			ImportKind.NETWORKS,
			List.of(NETWORK_NAME, NETWORK_KIND, AREA_CODE, MEMBER_NAME, MEMBER_NUMBER, MEMBER_ROLE, MEMBER_SINCE),
			ImportKind.SERVICES,
			List.of(SERVICE_NAME, PROVIDER_NAME, PROVIDER_NUMBER, NEEDS, AREA_CODE, ELIGIBILITY, DESCRIPTION),
			ImportKind.HOUSEHOLDS,
			List.of(HOUSEHOLD_CODE, HOUSEHOLD_AREA, MEMBER_COUNT, HOUSEHOLD_FLAGS, PROTECTION, ISOLATION));

	private static final Map<ImportKind, List<List<String>>> EXAMPLES = Map.of(ImportKind.ORGANIZATIONS, List.of(
			List.of("社会福祉法人つなぐ福祉会", "ツナグフクシカイ", "8000000000001", "社会福祉法人", "282189", "兵庫県小野市王子町800-1",
					"0794-00-0000", "", "", "特別養護老人ホームと保育所を運営"),
			List.of("特別養護老人ホームつなぐ苑", "ツナグエン", "", "福祉施設", "282189", "兵庫県小野市王子町800-2", "0794-00-0001",
					"8000000000001", "高齢", ""),
			List.of("NPO法人おのこども食堂", "", "", "NPO法人", "282189", "", "", "", "", "子ども食堂")),
			ImportKind.PEOPLE,
			List.of(List.of("小野 花子", "", "282189-kisumi", "小野市民生委員児童委員協議会", "2022-12-01"),
					List.of("小野 次郎", "はい", "282189-kisumi", "小野市民生委員児童委員協議会", "2022-12-01")),
			ImportKind.NETWORKS,
			List.of(List.of("小野市地域福祉ネットワーク会議", "会議", "282189", "小野市社会福祉協議会", "", "事務局", "2020-04-01"),
					List.of("小野市地域福祉ネットワーク会議", "会議", "282189", "", "8000000000001", "構成員", "2020-04-01")),
			ImportKind.SERVICES, List.of(List.of("ふれあい配食サービス", "小野市社会福祉協議会", "", "食料、孤立", "282189",
					"65歳以上の一人暮らしの方", "週2回の配食と見守り")),
			ImportKind.HOUSEHOLDS,
			List.of(List.of("ONO-R6-0001", "小野市", "1", "高齢単身", "なし", "近隣社会からの孤立"),
					List.of("ONO-R6-0002", "282189-kisumi", "3", "ひとり親、外国籍", "", "information"),
					List.of("ONO-R6-0003", "兵庫県小野市", "", "", "", "")));

	private ImportTemplates() {
	}

	public static List<TemplateColumn> columns(ImportKind kind) {
		return COLUMNS.get(kind);
	}

	public static List<List<String>> examples(ImportKind kind) {
		return EXAMPLES.get(kind);
	}
}
