package jp.tsunagu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jp.tsunagu.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The casework screens in a real browser, each clicked through as the demo user of its role would (an account of the
 * same role and organisation), and each as someone the API refuses: ホーム, 世帯カード, 特例貸付フォローアップ, 管理.
 */
class CaseworkScreensIT extends BrowserTest {

	private static final String ONO_COUNCIL = "小野市社会福祉協議会";

	private static final String KISUMINO = "社会福祉法人きすみ野福祉会";

	/** 小野市's household with debts and a special loan (seed 000), held by its council. */
	private static final String DEBT_HOUSEHOLD = "HH-282189-0004";

	@Test
	void homeShowsTheReferralsWaitingAndAcceptsOneWithAClick() throws Exception {
		String referralHousehold = householdIdOf("HH-282189-0001");
		giveReferralConsent(referralHousehold, idOfNamed("Organization", KISUMINO));
		referAsOnoCouncil(referralHousehold, idOfNamed("Organization", KISUMINO));

		signIn("/#/home", Role.MEMBER_STAFF, KISUMINO, null);
		waitForScreen("home");
		WebElement accept = waitFor(By.cssSelector("#waiting-referrals button[aria-label='小野市社会福祉協議会からのつなぎを受け入れる']"));
		assertThat(mainText()).contains("返事を待っているつなぎ", "つながりが切れかけている世帯", "期限が近いタスク");
		assertAccessible();
		screenshot("home");

		accept.sendKeys(Keys.ENTER);
		assertThat(waitFor(By.cssSelector("#waiting-referrals [role=status]")).getText()).isEqualTo("受入");
		assertThat(single("MATCH (r:Referral)-[:FOR]->(h:Household {id: $id}) RETURN r.status", "id", referralHousehold))
			.isEqualTo("ACCEPTED");
	}

	@Test
	void homeTellsAnAnalystThereIsNoHouseholdInbox() throws Exception {
		signIn("/#/home", Role.ANALYST, null, null);
		waitForScreen("home");
		assertThat(mainText()).contains("ご担当の役割には、世帯についての受信箱はありません。");
		assertThat(browser.findElements(By.id("home-referrals"))).isEmpty();
		assertAccessible();
	}

	@Test
	void theHouseholdCardShowsNeedsWhoKnowsAndServicesAndRefersWithAClick() throws Exception {
		String householdId = householdIdOf(DEBT_HOUSEHOLD);
		signIn("/#/household", Role.COORDINATOR, ONO_COUNCIL, null);
		waitForScreen("household");
		waitFor(By.linkText(DEBT_HOUSEHOLD)).click();
		waitForScreen("household");
		assertThat(waitFor(By.id("household-code")).getText()).isEqualTo(DEBT_HOUSEHOLD);
		assertThat(browser.findElement(By.id("household-summary")).getText()).contains("債務").contains("外国籍");
		assertThat(browser.findElement(By.id("who-knows-list")).getText()).contains(ONO_COUNCIL);
		List<WebElement> results = browser.findElements(By.cssSelector("#discover-list li.discover-result"));
		assertThat(results).isNotEmpty();
		assertThat(results.get(0).getText()).contains("つながりの経路");
		assertAccessible();
		screenshot("household-card");

		// the household consents to a referral to the first provider on the card other than the council itself
		String provider = browser.findElements(By.cssSelector("#discover-list button[aria-label$='へつなぐ']"))
			.stream()
			.map(button -> button.getDomAttribute("aria-label").replaceFirst("へつなぐ$", ""))
			.filter(name -> !ONO_COUNCIL.equals(name))
			.findFirst()
			.orElseThrow();
		giveReferralConsent(householdId, idOfNamed("Organization", provider));
		browser.findElement(By.cssSelector("button[aria-label='" + provider + "へつなぐ']")).click();
		assertThat(waitFor(By.cssSelector("#household-discover .cw-done")).getText()).contains(provider + "へつなぎました");
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.textToBePresentInElementLocated(By.id("household-referrals"), provider));
		assertThat(count("MATCH (r:Referral {status: 'PENDING'})-[:FOR]->(:Household {id: $id}) RETURN count(r)", "id",
				householdId)).isEqualTo(1);
	}

	@Test
	void aRoleTheApiRefusesIsToldPolitelyAndAnotherCouncilSeesNoHousehold() throws Exception {
		String householdId = householdIdOf(DEBT_HOUSEHOLD);
		signIn("/#/household/" + householdId, Role.ANALYST, null, null);
		waitForScreen("household");
		assertThat(waitFor(By.cssSelector("#household-summary .cw-refusal")).getText())
			.startsWith("世帯の情報は、ご担当の役割ではご覧いただけません。");
		assertThat(mainText()).doesNotContain(DEBT_HOUSEHOLD);
		assertAccessible();
		screenshot("household-card-refused");

		browser.findElement(By.id("sign-out")).click();
		signIn("/#/household/" + householdId, Role.COORDINATOR, "吹田市社会福祉協議会", null);
		waitForScreen("household");
		assertThat(waitFor(By.cssSelector("#household-summary .notice")).getText())
			.isEqualTo("この世帯は見つからないか、ご担当の範囲外のためご覧いただけません。");
		assertThat(browser.findElements(By.id("household-discover"))).isEmpty();
	}

	@Test
	void theLoanFollowUpListsTheScreeningWithReasons() throws Exception {
		signIn("/#/loans", Role.COORDINATOR, ONO_COUNCIL, null);
		waitForScreen("loans");
		WebElement debtHousehold = waitFor(By.cssSelector("#loan-list li[data-household='" + DEBT_HOUSEHOLD + "']"));
		assertThat(debtHousehold.getText()).contains("点）").contains("総合支援資金");
		assertThat(browser.findElements(By.cssSelector("#loan-list li.loan-household"))).extracting(e -> e.getDomAttribute("data-household"))
			.allMatch(code -> code.startsWith("HH-282"));
		assertAccessible();
		screenshot("loan-follow-up");
	}

	@Test
	void theLoanFollowUpIsRefusedToAVolunteer() throws Exception {
		signIn("/#/loans", Role.COMMISSIONED_VOLUNTEER, "小野市民生委員児童委員協議会", "藤原 京子");
		waitForScreen("loans");
		assertThat(waitFor(By.cssSelector("#loan-screening .cw-refusal")).getText())
			.startsWith("特例貸付のスクリーニングは、ご担当の役割ではご覧いただけません。");
		assertAccessible();
	}

	@Test
	void anAdministratorCreatesDisablesAndResetsAnAccount() throws Exception {
		signIn("/#/admin", Role.ADMINISTRATOR, null, null);
		waitForScreen("admin");
		assertThat(waitFor(By.id("admin-accounts")).getText()).contains("ono.coordinator");
		assertAccessible();
		screenshot("admin");

		String username = "test.web.created";
		WebElement form = browser.findElement(By.id("create-account"));
		form.findElement(By.name("username")).sendKeys(username);
		new Select(form.findElement(By.name("role"))).selectByValue("MEMBER_STAFF");
		form.findElement(By.name("organization")).sendKeys(KISUMINO);
		form.findElement(By.cssSelector("button[type=submit]")).click();
		assertThat(waitFor(By.id("new-password")).getText()).hasSizeGreaterThanOrEqualTo(12);
		assertThat(single("MATCH (a:Account {username: $u}) RETURN a.organizationId", "u", username))
			.isEqualTo(idOfNamed("Organization", KISUMINO));

		waitFor(By.cssSelector("button[aria-label='" + username + "を無効にする']")).click();
		waitFor(By.cssSelector("button[aria-label='" + username + "を有効にする']"));
		assertThat(single("MATCH (a:Account {username: $u}) RETURN a.enabled", "u", username)).isEqualTo(false);

		String hashBefore = (String) single("MATCH (a:Account {username: $u}) RETURN a.passwordHash", "u", username);
		browser.findElement(By.cssSelector("button[aria-label='" + username + "のパスワードを再発行する']")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !hashBefore
			.equals(single("MATCH (a:Account {username: $u}) RETURN a.passwordHash", "u", username)));
		assertThat(waitFor(By.id("new-password")).getText()).isNotBlank();
	}

	@Test
	void theAdministrationScreenIsRefusedToACoordinator() throws Exception {
		signIn("/#/admin", Role.COORDINATOR, ONO_COUNCIL, null);
		waitForScreen("admin");
		assertThat(waitFor(By.cssSelector(".cw-refusal")).getText()).startsWith("管理の画面は、ご担当の役割ではご覧いただけません。");
		assertThat(browser.findElements(By.id("admin-accounts"))).isEmpty();
		assertAccessible();
	}

	// ---- fixtures, through the API as the 小野市 council would make them

	private void giveReferralConsent(String householdId, String organizationId) {
		as(caller(Role.COORDINATOR, ONO_COUNCIL, null)).document("""
				mutation Consent($input: GiveConsentInput!) { giveConsent(input: $input) { errors { message } } }""")
			.variable("input", Map.of("householdId", householdId, "scope", "REFERRAL", "organizationIds", List.of(organizationId)))
			.execute()
			.path("giveConsent.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private void referAsOnoCouncil(String householdId, String organizationId) {
		as(caller(Role.COORDINATOR, ONO_COUNCIL, null)).document("""
				mutation Refer($input: ReferHouseholdInput!) { referHousehold(input: $input) { errors { message } } }""")
			.variable("input", Map.of("householdId", householdId, "organizationId", organizationId))
			.execute()
			.path("referHousehold.errors")
			.entityList(Object.class)
			.hasSize(0);
	}
}
