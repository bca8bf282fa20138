package jp.tsunagu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jp.tsunagu.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The workbench's shell in a real browser: sign-in, the navigation, the language switch, dates, GraphiQL offline. */
class WorkbenchShellIT extends BrowserTest {

	@Test
	void signsInThroughTheHubAndKeepsTheTokenForTheTabOnly() throws Exception {
		String[] account = account(Role.COORDINATOR, "小野市社会福祉協議会", null);
		open("/");
		waitForScreen("sign-in");
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ja");
		assertThat(browser.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("ユーザー名");
		assertAccessible();
		screenshot("sign-in");

		browser.findElement(By.id("username")).sendKeys(account[0]);
		browser.findElement(By.id("password")).sendKeys("not-the-password", Keys.ENTER);
		assertThat(waitFor(By.cssSelector("#sign-in-feedback .notice-error")).getText()).isEqualTo("ユーザー名またはパスワードが違います。");
		assertThat(script("return sessionStorage.getItem('tsunagu.token')")).isNull();

		// by keyboard alone: the password field, then Enter
		browser.findElement(By.id("password")).clear();
		browser.findElement(By.id("password")).sendKeys(account[1], Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.findElements(By.cssSelector("#nav a")).size() > 0);
		assertThat(script("return sessionStorage.getItem('tsunagu.token')")).asString().isNotBlank();
		assertThat(script("return localStorage.getItem('tsunagu.token')")).isNull();
		assertThat(browser.findElement(By.id("who")).getText()).contains(account[0]).contains("小野市社会福祉協議会");
		assertThat(browser.findElements(By.cssSelector("#nav a"))).extracting(e -> e.getText()).contains("団体・サービスを探す");

		browser.findElement(By.id("sign-out")).click();
		waitForScreen("sign-in");
		assertThat(script("return sessionStorage.getItem('tsunagu.token')")).isNull();
	}

	@Test
	void switchesToEnglishAndBack() {
		signIn("/#/search", Role.COORDINATOR, "小野市社会福祉協議会", null);
		waitForScreen("search");
		assertThat(browser.findElement(By.id("screen-title")).getText()).isEqualTo("団体・サービスを探す");
		browser.findElement(By.id("lang-switch")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(driver -> driver.findElement(By.id("screen-title")).getText().equals("Find organisations and services"));
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		browser.findElement(By.id("lang-switch")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(driver -> driver.findElement(By.id("screen-title")).getText().equals("団体・サービスを探す"));
	}

	@Test
	void writesDatesInTheJapaneseEraWithTheWesternYear() {
		open("/");
		waitForScreen("sign-in");
		Object dates = browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				import('/app/dates.js').then(m => done([m.formatDate('2026-12-06'), m.formatDate('2019-05-01'),
				  m.formatDate('2026-12-06T14:05:00+09:00', 'ja', true), m.formatDate('2026-12-06', 'en')]));""");
		assertThat(dates).asList()
			.containsExactly("令和8年12月6日（2026年）", "令和元年5月1日（2019年）", "令和8年12月6日（2026年）14:05", "6 December 2026");
	}

	@Test
	void graphiqlComesFromTheJarAndTakesTheWorkbenchSignIn() throws Exception {
		signIn("/#/search", Role.COORDINATOR, "小野市社会福祉協議会", null);
		open("/graphiql");
		waitFor(By.cssSelector(".graphiql-container"));
		assertNothingLoadedFromOutside();
		screenshot("graphiql");
	}
}
