package jp.tsunagu.generator;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

import jp.tsunagu.area.DistrictKind;
import jp.tsunagu.generator.NationalPlan.City;
import jp.tsunagu.generator.NationalPlan.Unit;
import jp.tsunagu.generator.Places.Prefecture;
import jp.tsunagu.organization.AgencyType;
import jp.tsunagu.organization.CorporateNumber;
import jp.tsunagu.organization.CouncilLevel;
import jp.tsunagu.organization.FacilityField;
import jp.tsunagu.organization.OrganizationKind;
import jp.tsunagu.organization.ResidentGroupType;

/**
 * Every generated organisation and district, worked out from the seed and the plan alone: any step can name any
 * organisation's id (to tie to it) without asking the database, and a place's list is the same in every step.
 */
final class Organizations {

	private static final BigInteger NUMBER_SPACE = BigInteger.TEN.pow(10);

	/** Generated corporate numbers' 12-digit bases start so: no real registry office code looks like it. */
	private static final String CORPORATE_NUMBER_PREFIX = "85";

	private final long seed;

	private final Map<String, UnitOrganizations> units = new ConcurrentHashMap<>();

	private final BigInteger numberFactor;

	private final BigInteger numberOffset;

	private final HelloWorkDistricts helloWorkDistricts;

	Organizations(long seed, HelloWorkDistricts helloWorkDistricts) {
		this.seed = seed;
		this.helloWorkDistricts = helloWorkDistricts;
		// ends in 3: coprime to 10^10, so the map below is a bijection
		this.numberFactor = BigInteger.valueOf(Math.floorMod(Seeds.of(seed, "corporate-number-factor"), 1_000_000_000L) * 10 + 3);
		this.numberOffset = BigInteger.valueOf(Math.floorMod(Seeds.of(seed, "corporate-number-offset"), 10_000_000_000L));
	}

	/** An organisation to write: kind-specific attributes are null for other kinds. */
	record Org(String id, OrganizationKind kind, String subtype, String name, String corporateNumber, String location,
			List<String> serves, List<String> fields, List<Facility> facilities, Topics topic) {
	}

	/** A facility a corporation operates. */
	record Facility(String id, String name, FacilityField field, Topics topic) {
	}

	/** A district with its resident groups (自治会, サロン …) and, in some, a district council (地区社協). */
	record District(String code, String name, DistrictKind kind, List<Org> groups) {
	}

	/** What a place has: the 社協 that holds its households' records, its office, 民児協, agencies and others. */
	record UnitOrganizations(Org council, Org office, Org commissioners, Org selfReliance, Org coreDisability,
			List<Org> communityCenters, List<Org> helloWorks, List<Org> corporations, List<Org> npos, List<Org> companies,
			List<District> districts) {

		List<Org> all() {
			List<Org> all = new ArrayList<>(List.of(council, office, commissioners, selfReliance));
			if (coreDisability != null) {
				all.add(coreDisability);
			}
			all.addAll(communityCenters);
			all.addAll(helloWorks);
			all.addAll(corporations);
			all.addAll(npos);
			all.addAll(companies);
			districts.forEach(d -> all.addAll(d.groups()));
			return all;
		}

		/** The organisations that support households or take part in local networks, beside the 社協. */
		List<Org> localPartners() {
			List<Org> partners = new ArrayList<>(corporations);
			partners.addAll(npos);
			partners.add(selfReliance);
			partners.addAll(communityCenters);
			if (coreDisability != null) {
				partners.add(coreDisability);
			}
			return partners;
		}
	}

	/** A designated city's own organisations: the city 社協, the city hall and its 基幹相談支援センター. */
	record CityOrganizations(Org council, Org office, Org coreDisability) {
	}

	String nationalCouncilId() {
		return Seeds.id(seed, "organization", "council:national");
	}

	Org nationalCouncil(String tokyoCode, List<String> prefectureCodes) {
		return new Org(nationalCouncilId(), OrganizationKind.COUNCIL, CouncilLevel.NATIONAL.name(), "全国社会福祉協議会",
				corporateNumber(0, 1), tokyoCode, prefectureCodes, List.of("community_welfare"), List.of(), null);
	}

	Org prefecturalCouncil(Prefecture prefecture, int index) {
		return new Org(Seeds.id(seed, "organization", "council:" + prefecture.code()), OrganizationKind.COUNCIL,
				CouncilLevel.PREFECTURAL.name(), prefecture.name() + "社会福祉協議会", corporateNumber(0, 10 + index),
				prefecture.code(), List.of(prefecture.code()), List.of("community_welfare", "poverty"), List.of(), null);
	}

	Org legalSupport(Prefecture prefecture) {
		return new Org(Seeds.id(seed, "organization", "legal-support:" + prefecture.code()), OrganizationKind.SUPPORT_AGENCY,
				AgencyType.LEGAL_SUPPORT_CENTER.name(), "法テラス" + Names.stem(prefecture.name()), null, prefecture.code(),
				List.of(prefecture.code()), List.of("justice"), List.of(), null);
	}

	CityOrganizations city(City city) {
		if (!city.designated()) {
			UnitOrganizations own = of(city.units().get(0));
			return new CityOrganizations(own.council(), own.office(), own.coreDisability());
		}
		String code = city.code();
		String name = city.municipality().name();
		Org council = new Org(Seeds.id(seed, "organization", "council:" + code), OrganizationKind.COUNCIL,
				CouncilLevel.MUNICIPAL.name(), name + "社会福祉協議会", corporateNumber(city.units().get(0).ordinal() + 1, 99_999),
				code, List.of(code), List.of("community_welfare", "poverty"), List.of(), null);
		Org office = new Org(Seeds.id(seed, "organization", "office:" + code), OrganizationKind.GOVERNMENT_OFFICE, null,
				Names.governmentOffice(name), null, code, List.of(code), List.of("community_welfare"), List.of(), null);
		Org core = new Org(Seeds.id(seed, "organization", "core-disability:" + code), OrganizationKind.SUPPORT_AGENCY,
				AgencyType.CORE_DISABILITY_CONSULTATION_CENTER.name(), name + "基幹相談支援センター", null, code, List.of(code),
				List.of("disability"), List.of(), null);
		return new CityOrganizations(council, office, core);
	}

	UnitOrganizations of(Unit unit) {
		return units.computeIfAbsent(unit.code(), code -> build(unit));
	}

	private UnitOrganizations build(Unit unit) {
		String code = unit.code();
		String name = unit.place().compactName();
		String stem = Names.stem(unit.place().name());
		SplittableRandom random = Seeds.random(seed, "organizations", code);
		int numbered = 0;
		Org council = org("council:" + code, OrganizationKind.COUNCIL, CouncilLevel.MUNICIPAL.name(), name + "社会福祉協議会",
				unit.counts().incorporatedCouncil() ? corporateNumber(unit.ordinal() + 1, numbered++) : null, code,
				List.of("community_welfare", "poverty"), List.of(), null);
		Org office = org("office:" + code, OrganizationKind.GOVERNMENT_OFFICE, null, Names.governmentOffice(name), null, code,
				List.of("community_welfare"), List.of(), null);
		Org commissioners = org("commissioners:" + code, OrganizationKind.RESIDENT_GROUP,
				ResidentGroupType.COMMISSIONER_COUNCIL.name(), name + "民生委員児童委員協議会", null, code,
				List.of("community_welfare"), List.of(), null);
		Org selfReliance = org("self-reliance:" + code, OrganizationKind.SUPPORT_AGENCY,
				AgencyType.SELF_RELIANCE_SUPPORT_AGENCY.name(), name + "生活自立相談支援センター", null, code,
				List.of("poverty", "employment"), List.of(), null);
		// designated cities have one 基幹相談支援センター for the city; elsewhere about half the towns have one
		Org core = !unit.ward() && (unit.place().population() >= 30_000 || random.nextDouble() < 0.3)
				? org("core-disability:" + code, OrganizationKind.SUPPORT_AGENCY,
						AgencyType.CORE_DISABILITY_CONSULTATION_CENTER.name(), name + "基幹相談支援センター", null, code,
						List.of("disability"), List.of(), null)
				: null;
		List<Org> centers = numberedOrgs(unit.counts().of(Quota.COMMUNITY_CENTERS), i -> org("community-center:" + code + ":" + i,
				OrganizationKind.SUPPORT_AGENCY, AgencyType.COMMUNITY_GENERAL_SUPPORT_CENTER.name(),
				name + "地域包括支援センター" + suffix(i, unit.counts().of(Quota.COMMUNITY_CENTERS)), null, code,
				List.of("elderly"), List.of(), null));
		List<Org> helloWorks = helloWorks(unit, code);
		List<Org> corporations = new ArrayList<>();
		for (int i = 0; i < unit.counts().of(Quota.CORPORATIONS); i++) {
			String word = Names.pick(Names.WORDS, random);
			List<Facility> facilities = new ArrayList<>();
			List<String> fields = new ArrayList<>();
			int count = 1 + (random.nextDouble() < 0.55 ? 0 : random.nextInt(4));
			for (int j = 0; j < count; j++) {
				FacilityField field = facilityField(random);
				Topics topic = Topics.facility(field);
				String[] around = topic.suffix().split("\\|");
				facilities.add(new Facility(Seeds.id(seed, "organization", "facility:" + code + ":" + i + ":" + j),
						around[0] + word + around[1] + (j > 0 && facilities.stream().anyMatch(f -> f.field() == field) ? "第" + (j + 1) : ""),
						field, topic));
				if (!fields.contains(topic.fields().get(0))) {
					fields.add(topic.fields().get(0));
				}
			}
			corporations.add(org("corporation:" + code + ":" + i, OrganizationKind.SOCIAL_WELFARE_CORPORATION, null,
					"社会福祉法人" + word + Names.pick(List.of("会", "福祉会", "厚生会", "福祉事業団"), random),
					corporateNumber(unit.ordinal() + 1, numbered++), code, fields, facilities, null));
		}
		List<Org> npos = new ArrayList<>();
		for (int i = 0; i < unit.counts().of(Quota.NPOS); i++) {
			Topics topic = Topics.weighted(Topics.NPO, random, t -> t);
			npos.add(org("npo:" + code + ":" + i, OrganizationKind.NPO, null,
					"NPO法人" + stem + Names.pick(Names.WORDS, random) + topic.suffix(),
					corporateNumber(unit.ordinal() + 1, numbered++), code, topic.fields(), List.of(), topic));
		}
		List<Org> companies = new ArrayList<>();
		for (int i = 0; i < unit.counts().of(Quota.COMPANIES); i++) {
			Topics topic = Topics.weighted(Topics.COMPANY, random, t -> t);
			companies.add(org("company:" + code + ":" + i, OrganizationKind.COMPANY, null,
					"株式会社" + stem + topic.suffix(), corporateNumber(unit.ordinal() + 1, numbered++), code, topic.fields(),
					List.of(), topic));
		}
		return new UnitOrganizations(council, office, commissioners, selfReliance, core, centers, helloWorks, corporations,
				npos, companies, districts(unit, random));
	}

	private List<District> districts(Unit unit, SplittableRandom random) {
		int count = unit.counts().of(Quota.DISTRICTS);
		double draw = random.nextDouble();
		DistrictKind kind = draw < 0.5 ? DistrictKind.ELEMENTARY_SCHOOL_DISTRICT
				: draw < 0.85 ? DistrictKind.DISTRICT : DistrictKind.DAILY_LIFE_AREA;
		String ending = kind == DistrictKind.ELEMENTARY_SCHOOL_DISTRICT ? "小学校区" : kind == DistrictKind.DISTRICT ? "地区" : "圏域";
		List<District> districts = new ArrayList<>();
		for (int d = 0; d < count; d++) {
			String code = String.format("%s-D%03d", unit.code(), d + 1);
			String word = Names.DISTRICT_WORDS.get(d % Names.DISTRICT_WORDS.size());
			String name = word + (d >= Names.DISTRICT_WORDS.size() ? String.valueOf(d / Names.DISTRICT_WORDS.size() + 1) : "")
					+ ending;
			List<Org> groups = new ArrayList<>();
			groups.add(org("group:" + code + ":association", OrganizationKind.RESIDENT_GROUP,
					ResidentGroupType.NEIGHBORHOOD_ASSOCIATION.name(), word + "自治会連合会", null, code,
					List.of("community_welfare"), List.of(), null));
			if (random.nextDouble() < 0.6) {
				groups.add(org("group:" + code + ":salon", OrganizationKind.RESIDENT_GROUP, ResidentGroupType.SALON.name(),
						word + "ふれあいサロン", null, code, List.of("community_welfare", "elderly"), List.of(), null));
			}
			if (random.nextDouble() < 0.25) {
				groups.add(org("group:" + code + ":volunteers", OrganizationKind.RESIDENT_GROUP,
						ResidentGroupType.VOLUNTEER_GROUP.name(), word + "ボランティアの会", null, code,
						List.of("community_welfare"), List.of(), null));
			}
			if (random.nextDouble() < 0.3) {
				groups.add(org("council:" + code, OrganizationKind.COUNCIL, CouncilLevel.DISTRICT.name(),
						word + "地区社会福祉協議会", null, code, List.of("community_welfare"), List.of(), null));
			}
			districts.add(new District(code, name, kind, groups));
		}
		return districts;
	}

	/** The ハローワーク of a place, located there (or in its prefecture), serving their district's chosen places. */
	private List<Org> helloWorks(Unit seat, String location) {
		int count = seat.counts().of(Quota.HELLO_WORK);
		String stem = Names.stem(seat.place().name());
		return numberedOrgs(count, i -> new Org(Seeds.id(seed, "organization", "hello-work:" + seat.code() + ":" + i),
				OrganizationKind.SUPPORT_AGENCY, AgencyType.HELLO_WORK.name(), "ハローワーク" + stem + suffix(i, count), null,
				location, helloWorkDistricts.served(seat), List.of("employment"), List.of(), null));
	}

	/**
	 * The ハローワーク of places outside the run whose district holds a place in it: written in the prefecture, whose
	 * area the run has, serving the run's places of their district.
	 */
	List<Org> helloWorksOutsideTheRun(Prefecture prefecture) {
		List<Org> offices = new ArrayList<>();
		for (Unit seat : helloWorkDistricts.seatsOutsideTheRun(prefecture.name())) {
			offices.addAll(helloWorks(seat, prefecture.code()));
		}
		return offices;
	}

	private Org org(String key, OrganizationKind kind, String subtype, String name, String corporateNumber,
			String location, List<String> fields, List<Facility> facilities, Topics topic) {
		return new Org(Seeds.id(seed, "organization", key), kind, subtype, name, corporateNumber, location,
				List.of(location), fields, facilities, topic);
	}

	private static List<Org> numberedOrgs(int count, java.util.function.IntFunction<Org> org) {
		List<Org> orgs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			orgs.add(org.apply(i));
		}
		return orgs;
	}

	private static String suffix(int index, int count) {
		return count > 1 ? " " + (index + 1) : "";
	}

	private static FacilityField facilityField(SplittableRandom random) {
		int draw = random.nextInt(100);
		return draw < 45 ? FacilityField.ELDERLY : draw < 70 ? FacilityField.DISABILITY : draw < 95 ? FacilityField.NURSERY
				: FacilityField.CHILDREN;
	}

	/**
	 * A valid 13-digit 法人番号, unique to (group, index): the serial group·10⁵ + index goes through a seeded affine
	 * bijection of the 10-digit numbers, so numbers look random yet never repeat.
	 */
	String corporateNumber(int group, int index) {
		long serial = group * 100_000L + index;
		String ten = String.format("%010d",
				BigInteger.valueOf(serial).multiply(numberFactor).add(numberOffset).mod(NUMBER_SPACE).longValueExact());
		String base = CORPORATE_NUMBER_PREFIX + ten;
		return CorporateNumber.checkDigit(base) + base;
	}
}
