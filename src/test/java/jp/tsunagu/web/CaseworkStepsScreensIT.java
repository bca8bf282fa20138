package jp.tsunagu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jp.tsunagu.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The casework screens' further steps in a real browser: a referral taken by its receiver through the lifecycle
 * (start, hold, resume, complete with its outcome) on the household card; ホーム's notices arriving live over the
 * `events` subscription; the accounts list a page at a time; and a household card in English at tablet width.
 */
class CaseworkStepsScreensIT extends CaseworkBrowserTest {

	private static final String HOUSEHOLD = "HH-282189-0001";

	private static final Dimension PORTRAIT_TABLET = new Dimension(768, 1024);

	@Test
	void theReceiverTakesAReferralThroughItsStepsToCompletedWithTheOutcome() throws Exception {
		String householdId = householdIdOf(HOUSEHOLD);
		String kisumino = idOfNamed("Organization", KISUMINO);
		giveReferralConsent(householdId, kisumino);
		String referralId = referAsOnoCouncil(householdId, kisumino);
		as(caller(Role.MEMBER_STAFF, KISUMINO, null)).document("""
				mutation($id: ID!, $version: Int!) {
				  transitionReferral(input: {referralId: $id, to: ACCEPTED, expectedVersion: $version}) { errors { message } } }""")
			.variable("id", referralId)
			.variable("version", single("MATCH (r:Referral {id: $id}) RETURN r.version", "id", referralId))
			.execute()
			.path("transitionReferral.errors").entityList(Object.class).hasSize(0);

		signIn("/#/household/" + householdId, Role.MEMBER_STAFF, KISUMINO, null);
		step(referralId, "IN_PROGRESS", "支援を始める（再開する）");
		assertThat(status(referralId)).isEqualTo("IN_PROGRESS");
		step(referralId, "ON_HOLD", "保留にする");
		assertThat(status(referralId)).isEqualTo("ON_HOLD");
		// from 保留 the table allows resuming or failing, nothing else
		assertThat(new Select(stepForm(referralId).findElement(By.name("to"))).getOptions())
			.extracting(WebElement::getText)
			.containsExactly("支援を始める（再開する）", "不成立にする");
		step(referralId, "IN_PROGRESS", "支援を始める（再開する）");

		WebElement form = stepForm(referralId);
		new Select(form.findElement(By.name("to"))).selectByValue("COMPLETED");
		assertThat(form.findElement(By.cssSelector(".referral-reason")).isDisplayed()).isFalse();
		new Select(form.findElement(By.name("outcome"))).selectByVisibleText("就労");
		form.findElement(By.name("outcomeText")).sendKeys("週3日の就労を開始");
		new Select(form.findElement(By.name("contactKind"))).selectByVisibleText("来所");
		assertAccessible();
		screenshot("household-referral-step");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> "COMPLETED".equals(status(referralId)));
		assertThat(single("MATCH (r:Referral {id: $id}) RETURN r.outcome", "id", referralId)).isEqualTo("EMPLOYED");
		assertThat(count("""
				MATCH (c:Contact {outcome: 'REFERRAL_COMPLETED', kind: 'OFFICE_VISIT'})-[:ABOUT]->(:Household {id: $id})
				RETURN count(c)""", "id", householdId)).isEqualTo(1);
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver
			.findElements(By.cssSelector("form.referral-step[data-referral='" + referralId + "']")).isEmpty());
	}

	@Test
	void homesNoticesArriveLiveOverTheEventsSubscription() throws Exception {
		signIn("/#/home", Role.MEMBER_STAFF, KISUMINO, null);
		waitForScreen("home");
		WebElement live = new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#home-inbox [data-live='websocket']")));
		assertThat(live.getText()).contains("お知らせは届きしだい表示されます。");
		int before = browser.findElements(By.cssSelector("#inbox-list li")).size();

		String householdId = householdIdOf(HOUSEHOLD);
		String kisumino = idOfNamed("Organization", KISUMINO);
		giveReferralConsent(householdId, kisumino);
		referAsOnoCouncil(householdId, kisumino);
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(driver -> driver.findElements(By.cssSelector("#inbox-list li")).size() > before);
		WebElement newest = browser.findElement(By.cssSelector("#inbox-list li"));
		assertThat(newest.getText()).contains("つなぎの状況が変わりました");
		assertThat(newest.findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("#/household/" + householdId);
		// the referral's event also brings it into the referrals waiting for an answer
		waitFor(By.cssSelector("#waiting-referrals button[aria-label='小野市社会福祉協議会からのつなぎを受け入れる']"));
		assertAccessible();
		screenshot("home-live-notices");
	}

	@Test
	void anAdministratorPagesThroughTheAccounts() throws Exception {
		for (int i = 0; i < 25; i++) {
			write("""
					CREATE (:Account {username: $username, role: 'ANALYST', enabled: true, createdAt: datetime()})""",
					"username", "test.page.%02d".formatted(i));
		}
		signIn("/#/admin", Role.ADMINISTRATOR, null, null);
		waitForScreen("admin");
		long total = count("MATCH (a:Account) RETURN count(a)");
		assertThat(waitFor(By.id("accounts-range")).getText()).isEqualTo("全" + total + "件中 1〜20件目");
		List<String> firstPage = usernames();
		assertThat(firstPage).hasSize(20);

		browser.findElement(By.id("accounts-next")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions
			.textToBe(By.id("accounts-range"), "全" + total + "件中 21〜" + Math.min(total, 40) + "件目"));
		assertThat(usernames()).doesNotContainAnyElementsOf(firstPage);
		assertAccessible();

		browser.findElement(By.id("accounts-previous")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions
			.textToBe(By.id("accounts-range"), "全" + total + "件中 1〜20件目"));
		assertThat(usernames()).isEqualTo(firstPage);
	}

	@Test
	void aHouseholdCardReadsInEnglishAtTabletWidthWithoutSidewaysScrolling() throws Exception {
		browser.manage().window().setSize(PORTRAIT_TABLET);
		signIn("/#/household", Role.COORDINATOR, ONO_COUNCIL, null);
		waitForScreen("household");
		browser.findElement(By.id("lang-switch")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(driver -> "en".equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
		waitForScreen("household");
		waitFor(By.linkText(HOUSEHOLD)).click();
		new WebDriverWait(browser, SLOW).until(driver -> driver.findElements(By.cssSelector("#household-discover .loading")).isEmpty()
				&& !driver.findElements(By.id("discover-list")).isEmpty());
		waitForScreen("household");
		assertThat(mainText()).contains("Who knows this household", "Services that can help", "Contact log",
			"Record the contact");
		// its circumstances and the state of its needs, which the API labels in Japanese only, read as words
		assertThat(browser.findElement(By.id("household-summary")).getText()).contains("Single elderly", "In progress", "Open")
			.doesNotContain("高齢単身", "対応中", "未対応");
		Number overflow = (Number) script(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow.intValue()).as("no horizontal scrolling at 768 px").isLessThanOrEqualTo(0);
		assertAccessible();
		screenshot("household-card-english-tablet");
	}

	private List<String> usernames() {
		return browser.findElements(By.cssSelector("#admin-accounts tbody tr td:first-child"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/** The referral's step form on the card, once its part has loaded. */
	private WebElement stepForm(String referralId) {
		return new WebDriverWait(browser, SLOW).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("form.referral-step[data-referral='" + referralId + "']")));
	}

	/** Chooses the step by its Japanese label, records it, and waits until the database has it. */
	private void step(String referralId, String to, String label) {
		WebElement form = stepForm(referralId);
		new Select(form.findElement(By.name("to"))).selectByVisibleText(label);
		form.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> to.equals(status(referralId)));
		// the part is drawn again with the new version
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(form));
	}

	private String status(String referralId) {
		return (String) single("MATCH (r:Referral {id: $id}) RETURN r.status", "id", referralId);
	}

}
