package jp.tsunagu.web;

import static org.assertj.core.api.Assertions.assertThat;

import jp.tsunagu.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** 団体・サービスを探す in a real browser. */
class SearchScreenIT extends BrowserTest {

	@Test
	void aCoordinatorFindsAServiceAndHowToReachIt() throws Exception {
		DirectoryFixture directory = new DirectoryFixture(graphQl);
		String fieldCode = directory.firstFieldCode();
		String provider = directory.organization("つなぐ試験こども食堂", "つなぐしけんこどもしょくどう", "NPO", "282189", fieldCode);
		directory.service("つなぐ試験の夕ごはん会", provider, directory.firstNeedCode(), "282189", "毎週水曜 17:00〜19:00");

		signIn("/#/search", Role.COORDINATOR, "小野市社会福祉協議会", null);
		waitForScreen("search");
		assertThat(browser.findElement(By.id("search-area")).getDomProperty("value")).contains("小野市").contains("282189");
		browser.findElement(By.id("search-text")).sendKeys("つなぐ試験", Keys.ENTER);
		waitFor(By.cssSelector("#search-results .card"));
		assertThat(browser.findElements(By.cssSelector("#search-results .card h3"))).extracting(e -> e.getText())
			.contains("つなぐ試験こども食堂");
		assertAccessible();
		screenshot("search");

		// a filter that leaves the NPO out: councils only
		new Select(browser.findElement(By.id("search-kind"))).selectByValue("COUNCIL");
		browser.findElement(By.cssSelector("form.search-form button[type=submit]")).click();
		waitFor(By.id("search-summary"));
		assertThat(browser.findElement(By.id("search-results")).getText()).doesNotContain("つなぐ試験こども食堂");

		// services, by the field-free need filter, then the detail page
		open("/#/search?what=SERVICE&q=" + java.net.URLEncoder.encode("夕ごはん", java.nio.charset.StandardCharsets.UTF_8) + "&area=282189");
		waitFor(By.linkText("つなぐ試験の夕ごはん会")).click();
		waitFor(By.id("map-pin-title"));
		String detail = mainText();
		assertThat(detail).contains("つなぐ試験の夕ごはん会", "利用のしかた", "つなぐ試験こども食堂", "毎週水曜 17:00〜19:00", "市内在住の方", "小野市");
		// no exact location on record: the municipality's representative point, said so
		assertThat(detail).contains("小野市の代表点");
		assertThat(browser.findElement(By.cssSelector(".map-pin a")).getDomAttribute("href")).startsWith("geo:");
		assertAccessible();
		screenshot("search-service");

		browser.findElement(By.linkText("つなぐ試験こども食堂")).click();
		waitForScreen("search");
		waitFor(By.xpath("//h2[text()='提供している社会資源']"));
		assertThat(mainText()).contains("NPO法人", "つなぐ試験の夕ごはん会", "参加しているネットワークはありません。");
		assertNothingLoadedFromOutside();
	}

	@Test
	void aServicesDetailPageSaysWhereWhenAndHowToReachIt() throws Exception {
		DirectoryFixture directory = new DirectoryFixture(graphQl);
		String provider = directory.organization("つなぐ試験相談室", "つなぐしけんそうだんしつ", "NPO", "282189",
				directory.firstFieldCode());
		String service = directory.service("つなぐ試験の家計相談", provider, directory.firstNeedCode(), "282189", "予約制");
		graphQl.document("""
				mutation Save($input: DirectoryEntryInput!) { saveDirectoryEntry(input: $input) { errors { field message } } }""")
			.variable("input", java.util.Map.of("ownerId", service,
					"phones", java.util.List.of(java.util.Map.of("number", "0794-63-9999", "extension", 12)),
					"locations", java.util.List.of(java.util.Map.of("name", "つなぐ試験相談室", "postalCode", "675-1380",
							"municipalityCode", "282189", "town", "王子町", "streetNumber", "800-1", "latitude", 34.833,
							"longitude", 134.926)),
					"schedules", java.util.List.of(java.util.Map.of("byDay", java.util.List.of("MO", "WE"), "opensAt", "09:00",
							"closesAt", "12:00", "description", "祝日は休み")),
					"costOptions", java.util.List.of(java.util.Map.of("option", "1回あたり", "amount", 300)),
					"languages", java.util.List.of("ja", "vi"), "applicationProcess", "電話で予約してください"))
			.execute()
			.path("saveDirectoryEntry.errors").entityList(Object.class).hasSize(0);

		signIn("/#/search/service?id=" + service, Role.COORDINATOR, "小野市社会福祉協議会", null);
		waitFor(By.id("map-pin-title"));
		assertThat(mainText()).contains("〒675-1380", "兵庫県小野市王子町800-1", "0794-63-9999", "内線 12", "月・水 09:00〜12:00 祝日は休み",
				"1回あたり 300円", "電話で予約してください");
		// its own coordinates, not the municipality's representative point
		assertThat(browser.findElement(By.cssSelector(".map-pin")).getText()).contains("34.83300, 134.92600")
			.doesNotContain("代表点");
		assertAccessible();
		screenshot("search-service-directory");
	}

	@Test
	void atTabletSizeTheSearchStillFitsAndWorks() throws Exception {
		browser.manage().window().setSize(TABLET);
		signIn("/#/search?q=" + java.net.URLEncoder.encode("社会福祉協議会", java.nio.charset.StandardCharsets.UTF_8) + "&what=ORGANIZATION&area=",
				Role.MEMBER_STAFF, "社会福祉法人きすみ野福祉会", null);
		waitFor(By.cssSelector("#search-results .card"));
		Number overflow = (Number) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow.intValue()).as("no sideways scrolling at 1024 px").isLessThanOrEqualTo(0);
		Number smallestButton = (Number) script(
				"return Math.min(...[...document.querySelectorAll('button, #nav a')].filter(e => e.offsetParent).map(e => e.getBoundingClientRect().height));");
		assertThat(smallestButton.doubleValue()).as("touch targets").isGreaterThanOrEqualTo(44);
		assertAccessible();
		screenshot("search-tablet");
	}

	@Test
	void withoutSigningInNothingButTheSignInIsShown() {
		open("/#/search?q=" + java.net.URLEncoder.encode("小野", java.nio.charset.StandardCharsets.UTF_8));
		waitForScreen("sign-in");
		assertThat(browser.findElements(By.cssSelector("#nav a"))).isEmpty();
		assertThat(browser.findElements(By.id("search-results"))).isEmpty();
	}
}
