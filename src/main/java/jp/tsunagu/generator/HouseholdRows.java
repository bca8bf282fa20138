package jp.tsunagu.generator;

import static jp.tsunagu.generator.StepRows.row;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import jp.tsunagu.generator.NationalPlan.Unit;
import jp.tsunagu.generator.Organizations.Org;
import jp.tsunagu.generator.Organizations.UnitOrganizations;
import jp.tsunagu.household.ConsentScope;
import jp.tsunagu.household.HouseholdFlag;
import jp.tsunagu.household.IssueStatus;
import jp.tsunagu.household.LoanType;
import jp.tsunagu.household.Protection;
import jp.tsunagu.household.RepaymentStatus;

/**
 * Rows of the borrower households of the special loans (特例貸付), each with all it owns: loans, issues, isolation,
 * supporters, consents, its home and the 社協 that holds its record. Distributions and their sources are in the
 * README (Generator section); the constants below are those figures.
 */
final class HouseholdRows {

	/** Support ties are live or lapsed as of this day (the hub counts 180 days back from today). */
	static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

	static final LocalDate LOANS_FROM = LocalDate.of(2020, 3, 25);

	static final LocalDate LOANS_UNTIL = LocalDate.of(2022, 9, 30);

	/** Of the households: 緊急小口資金 only, 緊急小口 and 総合支援資金, 総合支援資金 only (1.62 M + 0.95 M decisions). */
	static final double EMERGENCY_ONLY = 0.525;

	static final double EMERGENCY_AND_GENERAL = 0.285;

	/** Extensions and re-loans (延長・再貸付) of a 総合支援資金 household: none, one, two (1.25 M decisions). */
	static final double[] EXTENSIONS = { 0.15, 0.384, 0.466 };

	/** Households whose loans are exempted (免除, 1.11 M of 3.82 M decisions, granted per borrower). */
	static final double EXEMPTED = 0.29;

	/** The other households' repayment: repaying, in arrears, deferred, completed. */
	static final double[] REPAYMENT = { 0.535, 0.28, 0.115, 0.07 };

	private static final RepaymentStatus[] REPAYMENT_STATES = { RepaymentStatus.REPAYING, RepaymentStatus.IN_ARREARS,
			RepaymentStatus.DEFERRED, RepaymentStatus.COMPLETED };

	static final double[] MEMBERS = { 0.35, 0.25, 0.18, 0.14, 0.06, 0.02 };

	static final double DV = 0.008;

	static final double CRIME_VICTIM = 0.002;

	static final double ISOLATED = 0.2;

	static final double COUNCIL_SUPPORTS = 0.55;

	static final double VOLUNTEER_SUPPORTS = 0.35;

	static final double PARTNER_SUPPORTS = 0.25;

	static final double LIVE_CONTACT = 0.7;

	static final double CONSENT = 0.55;

	static final double SECOND_CONSENT = 0.12;

	static final double WITHDRAWN = 0.06;

	private static final String[] ISOLATION_KINDS = { "neighborhood", "family", "information", "institution_service",
			"group_organization", "social_role" };

	private static final int[] ISOLATION_WEIGHTS = { 30, 20, 15, 15, 10, 10 };

	private final long seed;

	private final Organizations organizations;

	private final PeopleRows people;

	private final HouseholdCodes codes;

	HouseholdRows(long seed, Organizations organizations, PeopleRows people) {
		this.seed = seed;
		this.organizations = organizations;
		this.people = people;
		this.codes = new HouseholdCodes(seed);
	}

	String householdId(Unit unit, int index) {
		return Seeds.id(seed, "household", unit.code() + ":" + index);
	}

	List<Map<String, Object>> households(Unit unit) {
		UnitOrganizations orgs = organizations.of(unit);
		SplittableRandom random = Seeds.random(seed, "households", unit.code());
		List<Org> partners = orgs.localPartners();
		int volunteers = unit.counts().of(Quota.VOLUNTEERS);
		int districts = orgs.districts().size();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < unit.counts().of(Quota.HOUSEHOLDS); i++) {
			String key = unit.code() + ":" + i;
			int members = 1 + draw(MEMBERS, random);
			List<String> flags = flags(members, random);
			double protectionDraw = random.nextDouble();
			Protection protection = protectionDraw < DV * (flags.contains("SINGLE_PARENT") ? 3 : 1) ? Protection.DV
					: protectionDraw > 1 - CRIME_VICTIM ? Protection.CRIME_VICTIM : Protection.NONE;
			int district = random.nextInt(districts);
			// like the demo, DV and crime-victim households are placed no closer than their municipality
			String area = protection == Protection.NONE ? orgs.districts().get(district).code() : unit.code();
			List<Map<String, Object>> loans = loans(key, members, random);
			boolean arrears = loans.stream().anyMatch(l -> "IN_ARREARS".equals(l.get("repaymentStatus")));
			List<Map<String, Object>> organizationSupport = new ArrayList<>();
			List<Map<String, Object>> personSupport = new ArrayList<>();
			List<String> consentTo = new ArrayList<>();
			consentTo.add(orgs.council().id());
			if (protection != Protection.NONE || random.nextDouble() < COUNCIL_SUPPORTS) {
				organizationSupport.add(support(orgs.council().id(), random));
			}
			if (protection == Protection.NONE && district < volunteers && random.nextDouble() < VOLUNTEER_SUPPORTS) {
				int inDistrict = (volunteers - district + districts - 1) / districts;
				personSupport.add(support(people.volunteerId(unit, district + districts * random.nextInt(inDistrict)), random));
				consentTo.add(orgs.commissioners().id());
			}
			if (random.nextDouble() < PARTNER_SUPPORTS) {
				Org partner = partners.get(random.nextInt(partners.size()));
				organizationSupport.add(support(partner.id(), random));
				if (random.nextDouble() < 0.7) {
					consentTo.add(partner.id());
				}
			}
			rows.add(row("id", householdId(unit, i), "code", codes.code(unit.ordinal(), i), "memberCount", members,
					"flags", flags, "protection", protection.name(), "area", area, "holder", orgs.council().id(), "loans",
					loans, "issues", issues(flags, protection, arrears, random), "isolation", isolation(flags, random),
					"organizationSupport", organizationSupport, "personSupport", personSupport, "consents",
					consents(key, consentTo, random)));
		}
		return rows;
	}

	private List<Map<String, Object>> loans(String key, int members, SplittableRandom random) {
		double draw = random.nextDouble();
		boolean emergency = draw < EMERGENCY_ONLY + EMERGENCY_AND_GENERAL;
		boolean general = draw >= EMERGENCY_ONLY;
		int extensions = general ? draw(EXTENSIONS, random) : 0;
		boolean exempted = random.nextDouble() < EXEMPTED;
		RepaymentStatus usual = REPAYMENT_STATES[draw(REPAYMENT, random)];
		int generalAmount = members == 1 ? 450_000 : 600_000;
		List<Map<String, Object>> loans = new ArrayList<>();
		LocalDate decided = LOANS_FROM.plusDays(early(random, (int) (LOANS_UNTIL.toEpochDay() - LOANS_FROM.toEpochDay())));
		if (emergency) {
			loans.add(loan(key, loans.size(), LoanType.EMERGENCY_SMALL_FUND, random.nextDouble() < 0.8 ? 200_000 : 100_000,
					decided, exempted, usual, random));
			decided = decided.plusDays(30 + random.nextInt(90));
		}
		if (general) {
			loans.add(loan(key, loans.size(), LoanType.GENERAL_SUPPORT_FUND, generalAmount, decided, exempted, usual, random));
			for (int e = 0; e < extensions; e++) {
				decided = decided.plusDays(90 + random.nextInt(120));
				loans.add(loan(key, loans.size(), LoanType.GENERAL_SUPPORT_FUND_EXTENSION, generalAmount, decided, exempted,
						usual, random));
			}
		}
		return loans;
	}

	private Map<String, Object> loan(String key, int index, LoanType type, int amount, LocalDate decided, boolean exempted,
			RepaymentStatus usual, SplittableRandom random) {
		// a household's loans mostly share one state; exemption is decided per borrower
		RepaymentStatus status = exempted ? RepaymentStatus.EXEMPTED
				: random.nextDouble() < 0.8 ? usual : REPAYMENT_STATES[draw(REPAYMENT, random)];
		return row("id", Seeds.id(seed, "loan", key + ":" + index), "loanType", type.name(), "amount", amount,
				"decidedOn", decided, "repaymentStatus", status.name());
	}

	private static List<String> flags(int members, SplittableRandom random) {
		List<String> flags = new ArrayList<>();
		maybe(flags, HouseholdFlag.FREELANCE, 0.18, members, random);
		maybe(flags, HouseholdFlag.FOREIGN_NATIONALITY, 0.07, members, random);
		maybe(flags, HouseholdFlag.SINGLE_PARENT, 0.2, members, random);
		maybe(flags, HouseholdFlag.SINGLE_ELDERLY, 0.2, members, random);
		maybe(flags, HouseholdFlag.ELDERLY_COUPLE, 0.15, members, random);
		maybe(flags, HouseholdFlag.EIGHTY_FIFTY, 0.06, members, random);
		maybe(flags, HouseholdFlag.DOUBLE_CARE, 0.03, members, random);
		maybe(flags, HouseholdFlag.YOUNG_CARER, 0.015, members, random);
		maybe(flags, HouseholdFlag.DISABILITY, 0.08, members, random);
		maybe(flags, HouseholdFlag.HIKIKOMORI, 0.04, members, random);
		return flags;
	}

	private static void maybe(List<String> flags, HouseholdFlag flag, double chance, int members, SplittableRandom random) {
		boolean fits = switch (flag) {
			case SINGLE_ELDERLY -> members == 1;
			case ELDERLY_COUPLE -> members == 2;
			case SINGLE_PARENT, EIGHTY_FIFTY, DOUBLE_CARE, YOUNG_CARER -> members >= 2;
			default -> true;
		};
		if (random.nextDouble() < chance && fits && !(flag == HouseholdFlag.ELDERLY_COUPLE && flags.contains("SINGLE_PARENT"))) {
			flags.add(flag.name());
		}
	}

	/**
	 * Issues that go together: a loss of income first (減収, 生活苦, 家計), then what follows it along the 自殺の危機経路
	 * (失業 → 生活苦 → 多重債務 → うつ病), and what the household's flags bring (介護, 子育て, ひきこもり, DV …).
	 */
	private static List<Map<String, Object>> issues(List<String> flags, Protection protection, boolean arrears,
			SplittableRandom random) {
		Set<String> needs = new LinkedHashSet<>();
		add(needs, "income_loss", 0.45, random);
		add(needs, "household_finance", 0.45, random);
		boolean unemployed = add(needs, "unemployment", 0.22, random);
		add(needs, "hardship", unemployed ? 0.6 : 0.25, random);
		boolean debt = add(needs, "debt", arrears ? 0.45 : 0.12, random);
		add(needs, "multiple_debt", debt ? 0.35 : 0.02, random);
		add(needs, "loan_repayment_difficulty", arrears ? 0.6 : 0.05, random);
		add(needs, "unstable_employment", flags.contains("FREELANCE") ? 0.5 : 0.08, random);
		add(needs, "depression", needs.contains("multiple_debt") ? 0.25 : 0.03, random);
		add(needs, "food", 0.08, random);
		add(needs, "housing_security", 0.05, random);
		add(needs, "premium_arrears", 0.06, random);
		add(needs, "isolation", flags.contains("SINGLE_ELDERLY") ? 0.4 : 0.06, random);
		add(needs, "hikikomori", flags.contains("HIKIKOMORI") ? 0.9 : 0, random);
		add(needs, "eighty_fifty", flags.contains("EIGHTY_FIFTY") ? 0.9 : 0, random);
		add(needs, "long_term_care",
				flags.contains("EIGHTY_FIFTY") || flags.contains("ELDERLY_COUPLE") || flags.contains("SINGLE_ELDERLY") ? 0.5 : 0,
				random);
		add(needs, "childcare", flags.contains("SINGLE_PARENT") ? 0.5 : 0, random);
		add(needs, "double_care", flags.contains("DOUBLE_CARE") ? 0.9 : 0, random);
		add(needs, "young_carer", flags.contains("YOUNG_CARER") ? 0.9 : 0, random);
		add(needs, "disability", flags.contains("DISABILITY") ? 0.8 : 0, random);
		add(needs, "education", flags.contains("FOREIGN_NATIONALITY") ? 0.3 : 0, random);
		add(needs, "domestic_violence", protection == Protection.DV ? 0.95 : 0, random);
		add(needs, "crime_victimization", protection == Protection.CRIME_VICTIM ? 0.95 : 0, random);
		if (needs.isEmpty()) {
			needs.add("hardship");
		}
		List<Map<String, Object>> issues = new ArrayList<>();
		for (String need : needs) {
			double draw = random.nextDouble();
			IssueStatus status = draw < 0.4 ? IssueStatus.OPEN : draw < 0.85 ? IssueStatus.IN_PROGRESS : IssueStatus.RESOLVED;
			issues.add(row("need", need, "since", LocalDate.of(2020, 4, 1).plusDays(random.nextInt(6 * 365)), "status",
					status.name()));
		}
		return issues;
	}

	private static boolean add(Set<String> needs, String need, double chance, SplittableRandom random) {
		boolean added = random.nextDouble() < chance;
		if (added) {
			needs.add(need);
		}
		return added;
	}

	private static List<String> isolation(List<String> flags, SplittableRandom random) {
		double chance = flags.contains("SINGLE_ELDERLY") || flags.contains("HIKIKOMORI") ? 2 * ISOLATED : ISOLATED;
		if (random.nextDouble() >= chance) {
			return List.of();
		}
		Set<String> kinds = new LinkedHashSet<>();
		int count = 1 + random.nextInt(3);
		int total = 0;
		for (int weight : ISOLATION_WEIGHTS) {
			total += weight;
		}
		for (int k = 0; k < count; k++) {
			int draw = random.nextInt(total);
			int kind = 0;
			while (draw >= ISOLATION_WEIGHTS[kind]) {
				draw -= ISOLATION_WEIGHTS[kind++];
			}
			kinds.add(ISOLATION_KINDS[kind]);
		}
		return List.copyOf(kinds);
	}

	private static Map<String, Object> support(String id, SplittableRandom random) {
		LocalDate since = LocalDate.of(2020, 4, 1).plusDays(random.nextInt(6 * 365));
		long daysSince = AS_OF.toEpochDay() - since.toEpochDay();
		// live: a contact within the last 180 days; lapsed: the last one longer ago
		LocalDate lastContact = random.nextDouble() < LIVE_CONTACT ? AS_OF.minusDays(random.nextInt(180))
				: AS_OF.minusDays(181 + random.nextInt((int) Math.max(1, daysSince - 181)));
		return row("id", id, "since", since, "lastContact", lastContact.isBefore(since) ? since : lastContact);
	}

	private List<Map<String, Object>> consents(String key, List<String> to, SplittableRandom random) {
		List<Map<String, Object>> consents = new ArrayList<>();
		int count = random.nextDouble() < CONSENT ? (random.nextDouble() < SECOND_CONSENT ? 2 : 1) : 0;
		for (int c = 0; c < count; c++) {
			double draw = random.nextDouble();
			ConsentScope scope = draw < 0.4 ? ConsentScope.CASE_CONFERENCE
					: draw < 0.8 ? ConsentScope.INFORMATION_SHARING : ConsentScope.REFERRAL;
			OffsetDateTime given = OffsetDateTime.of(LocalDate.of(2020, 6, 1).plusDays(random.nextInt(6 * 365)),
					LocalTime.of(9 + random.nextInt(8), 0), ZoneOffset.ofHours(9));
			OffsetDateTime withdrawn = random.nextDouble() < WITHDRAWN ? given.plusDays(30 + random.nextInt(365)) : null;
			consents.add(row("id", Seeds.id(seed, "consent", key + ":" + c), "scope", scope.name(), "givenAt", given,
					"withdrawnAt", withdrawn, "to", to));
		}
		return consents;
	}

	static int draw(double[] weights, SplittableRandom random) {
		double draw = random.nextDouble();
		for (int i = 0; i < weights.length - 1; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** A day in [0, range], more often early: the loans were decided mostly in the first months. */
	private static int early(SplittableRandom random, int range) {
		return (int) (Math.min(random.nextDouble(), random.nextDouble()) * range);
	}
}
