package jp.tsunagu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jp.tsunagu.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The casework screens in a real browser, each clicked through as the demo user of its role would (an account of the
 * same role and organisation), and each as someone the API refuses: ホーム, 世帯カード, 特例貸付フォローアップ, 管理.
 */
class CaseworkScreensIT extends CaseworkBrowserTest {

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
		// the answer stays in view when the list reloads (after the answer, or as the referral's live event arrives)
		assertThat(waitFor(By.cssSelector("#waiting-referrals [role=status]")).getText()).contains("受入");
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
		savePlanWithOneTask(householdId, "償還の免除申請を一緒に準備する");
		signIn("/#/household", Role.COORDINATOR, ONO_COUNCIL, null);
		waitForScreen("household");
		waitFor(By.linkText(DEBT_HOUSEHOLD)).click();
		// the card reads six things one after another; on a busy machine that takes longer than one request
		new WebDriverWait(browser, SLOW).until(driver -> driver.findElements(By.cssSelector("#household-discover .loading")).isEmpty()
				&& !driver.findElements(By.id("discover-list")).isEmpty());
		waitForScreen("household");
		assertThat(waitFor(By.id("household-code")).getText()).isEqualTo(DEBT_HOUSEHOLD);
		assertThat(browser.findElement(By.id("household-summary")).getText()).contains("債務").contains("外国籍");
		assertThat(browser.findElement(By.id("who-knows-list")).getText()).contains(ONO_COUNCIL);
		List<WebElement> results = browser.findElements(By.cssSelector("#discover-list li.discover-result"));
		assertThat(results).isNotEmpty();
		assertThat(results.get(0).getText()).contains("つながりの経路");
		assertThat(browser.findElement(By.id("plan-goals")).getText()).contains("家計を立て直す");
		assertAccessible();
		screenshot("household-card");

		browser.findElement(By.cssSelector("button[aria-label='「償還の免除申請を一緒に準備する」を完了にする']")).sendKeys(Keys.ENTER);
		// the plan already says 完了 on its buttons: wait for the write itself, then for the redrawn plan
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> "DONE"
			.equals(single("MATCH (t:PlanTask {title: $title}) RETURN t.status", "title", "償還の免除申請を一緒に準備する")));
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver
			.findElements(By.cssSelector("button[aria-label='「償還の免除申請を一緒に準備する」を完了にする']")).isEmpty());

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
		assertThat(count("MATCH (r:Referral {status: 'REQUESTED'})-[:FOR]->(:Household {id: $id}) RETURN count(r)", "id",
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

		// the accounts come 20 a page, by username
		new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class).until(driver -> {
			if (!driver.findElements(By.cssSelector("button[aria-label='" + username + "を無効にする']")).isEmpty()) {
				return true;
			}
			driver.findElements(By.id("accounts-next")).forEach(WebElement::click);
			return false;
		});
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
	void anAdministratorImportsAFileThroughTheDryRunReportAndADuplicateDecision() throws Exception {
		Path file = Files.createTempFile("organizations-", ".csv");
		String created = "NPO法人ブラウザ取り込みテスト";
		try {
			Files.writeString(file, String.join("\n", "法人名,種別,市区町村コード", created + ",NPO法人,282189", ",NPO法人,282189",
					"（福）鴨池会,社会福祉法人,282189") + "\n");
			signIn("/#/admin", Role.ADMINISTRATOR, null, null);
			waitForScreen("admin");
			WebElement form = waitFor(By.id("import-form"));
			new Select(form.findElement(By.name("kind"))).selectByValue("organizations");
			form.findElement(By.xpath(".//button[text()='ひな形（CSV）']")).click();
			waitFor(By.xpath("//section[@id='admin-import']//p[text()='ひな形をダウンロードしました。']"));
			form.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
			form.findElement(By.cssSelector("button[type=submit]")).click();

			assertThat(waitFor(By.id("import-summary")).getText()).contains("3行中 2行を取り込めます").contains("エラー 1件")
				.contains("重複の候補 1件");
			assertThat(browser.findElement(By.id("import-report")).getText()).contains("法人名");
			Select decision = new Select(browser.findElement(By.name("decision-4")));
			decision.selectByVisibleText("「社会福祉法人鴨池会」にリンク（変更しない）");
			assertAccessible();
			screenshot("admin-import");

			browser.findElement(By.id("import-confirm")).click();
			// the progress line is redrawn once a second
			new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
				.until(ExpectedConditions.attributeToBe(By.id("import-state"), "data-status", "DONE"));
			assertThat(browser.findElement(By.id("import-progress")).getText()).contains("新規 1件").contains("リンク 1件");
			assertThat(count("MATCH (o:Organization {name: $name}) RETURN count(o)", "name", created)).isEqualTo(1);
			assertThat(count("MATCH (o:Organization) WHERE o.name IN ['社会福祉法人鴨池会', '（福）鴨池会'] RETURN count(o)")).isEqualTo(1);
		}
		finally {
			Files.deleteIfExists(file);
			write("MATCH (o:Organization {name: $name}) DETACH DELETE o", "name", created);
		}
	}

	@Test
	void theAdministrationScreenIsRefusedToACoordinator() throws Exception {
		signIn("/#/admin", Role.COORDINATOR, ONO_COUNCIL, null);
		waitForScreen("admin");
		assertThat(waitFor(By.cssSelector(".cw-refusal")).getText()).startsWith("管理の画面は、ご担当の役割ではご覧いただけません。");
		assertThat(browser.findElements(By.id("admin-accounts"))).isEmpty();
		assertAccessible();
	}

	/**
	 * The seeds' core loop, by clicks and keys alone: sign in, the household's needs, who can help and who knows
	 * them, refer, record the contact, the gap in the town, the report printed.
	 */
	@Test
	void theCoreLoopWithoutASingleQuery() throws Exception {
		String householdId = householdIdOf(DEBT_HOUSEHOLD);
		signIn("/", Role.COORDINATOR, ONO_COUNCIL, null);
		waitForScreen("home");

		browser.findElement(By.linkText("世帯カード")).click();
		waitFor(By.linkText(DEBT_HOUSEHOLD)).click();
		new WebDriverWait(browser, SLOW).until(driver -> !driver.findElements(By.id("discover-list")).isEmpty());
		assertThat(waitFor(By.id("household-summary")).getText()).contains("債務");
		assertThat(browser.findElement(By.id("who-knows-list")).getText()).contains(ONO_COUNCIL);
		String provider = browser.findElements(By.cssSelector("#discover-list button[aria-label$='へつなぐ']"))
			.stream()
			.map(button -> button.getDomAttribute("aria-label").replaceFirst("へつなぐ$", ""))
			.filter(name -> !ONO_COUNCIL.equals(name))
			.findFirst()
			.orElseThrow();
		giveReferralConsent(householdId, idOfNamed("Organization", provider));
		browser.findElement(By.cssSelector("button[aria-label='" + provider + "へつなぐ']")).sendKeys(Keys.ENTER);
		waitFor(By.cssSelector("#household-discover .cw-done"));

		// the contact, by keyboard: the note, then Tab to the button and Enter
		WebElement contactForm = browser.findElement(By.cssSelector("#household-contacts form.contact-form"));
		new Select(contactForm.findElement(By.name("kind"))).selectByValue("PHONE");
		new Select(contactForm.findElement(By.name("outcome"))).selectByValue("SERVICE_ARRANGED");
		contactForm.findElement(By.name("note")).sendKeys(provider + "につないだことを伝えた");
		browser.switchTo().activeElement().sendKeys(Keys.TAB);
		browser.switchTo().activeElement().sendKeys(Keys.ENTER);
		new WebDriverWait(browser, SLOW).until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("#household-contacts .contact-list"), provider + "につないだことを伝えた"));
		assertThat(count("MATCH (c:Contact)-[]-(:Household {id: $id}) WHERE c.note CONTAINS $note RETURN count(c)", "id",
				householdId, "note", provider)).isEqualTo(1);
		screenshot("core-loop-household");

		browser.findElement(By.linkText("すき間を見る")).click();
		new WebDriverWait(browser, SLOW).until(ExpectedConditions.visibilityOfElementLocated(By.id("coverage-matrix")));
		browser.findElement(By.linkText("報告書")).click();
		new WebDriverWait(browser, SLOW).until(ExpectedConditions.visibilityOfElementLocated(By.id("report")));
		assertThat(mainText()).contains("小野市");
		Pdf pdf = browser.print(new PrintOptions());
		assertThat(new String(Base64.getDecoder().decode(pdf.getContent()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	private void savePlanWithOneTask(String householdId, String task) {
		as(caller(Role.COORDINATOR, ONO_COUNCIL, null)).document("""
				mutation Save($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { errors { message } } }""")
			.variable("input", Map.of("householdId", householdId, "expectedVersion", 0, "goals", List.of("家計を立て直す"),
					"reviewOn", LocalDate.now().plusMonths(3).toString(), "tasks",
					List.of(Map.of("title", task, "ownerOrganizationId", idOfNamed("Organization", ONO_COUNCIL), "dueOn",
							LocalDate.now().plusDays(7).toString()))))
			.execute()
			.path("saveSupportPlan.errors")
			.entityList(Object.class)
			.hasSize(0);
	}
}
