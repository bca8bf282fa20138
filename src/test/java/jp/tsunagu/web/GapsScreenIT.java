package jp.tsunagu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.tsunagu.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** すき間を見る in a real browser. */
class GapsScreenIT extends BrowserTest {

	@Test
	void aCoordinatorSeesOnosGapsAndTheHouseholdsLosingTheirTies() throws Exception {
		String loner = new DirectoryFixture(graphQl).organization("つなぐ試験のひとり団体", "つなぐしけんのひとりだんたい", "NPO", "282189",
				new DirectoryFixture(graphQl).firstFieldCode());
		var coordinator = caller(Role.COORDINATOR, "小野市社会福祉協議会", null);
		long fading = as(coordinator).document("{ lostConnections(area: \"282189\", first: 1) { totalCount } }")
			.execute().path("lostConnections.totalCount").entity(Long.class).get();
		long gapCells = as(coordinator).document("{ supportFunctionCoverage(municipality: \"282189\") { gapCount } }")
			.execute().path("supportFunctionCoverage.gapCount").entity(Long.class).get();

		signIn("/#/gaps", Role.COORDINATOR, "小野市社会福祉協議会", null);
		waitForScreen("gaps");
		waitFor(By.id("coverage-matrix"));
		assertThat(browser.findElements(By.cssSelector("#coverage-matrix tbody tr")).size()).isGreaterThanOrEqualTo(6);
		assertThat(browser.findElements(By.cssSelector("#coverage-matrix tr.status-GAP"))).hasSize((int) gapCells);
		assertThat(browser.findElements(By.cssSelector("#without-network a"))).extracting(WebElement::getText).contains("つなぐ試験のひとり団体");
		assertThat(browser.findElement(By.id("without-network")).findElement(By.linkText("つなぐ試験のひとり団体")).getDomAttribute("href"))
			.endsWith(loner);
		if (fading > 0) {
			List<WebElement> households = browser.findElements(By.cssSelector("#fading-by-district .tag"));
			assertThat(households).hasSize((int) Math.min(fading, 1000));
			assertThat(households.get(0).getText()).startsWith("HH-");
		}
		else {
			assertThat(mainText()).contains("つながりが切れかけている世帯は、あなたが見られる範囲にはありません。");
		}
		assertAccessible();
		screenshot("gaps");
	}

	@Test
	void anAnalystSeesCountsByDistrictAndNoHousehold() throws Exception {
		signIn("/#/gaps?area=282189", Role.ANALYST, null, null);
		waitForScreen("gaps");
		waitFor(By.id("household-counts"));
		String shown = as(caller(Role.ANALYST, null, null)).document("{ householdStatistics(areaCode: \"282189\") { totalShown } }")
			.execute().path("householdStatistics.totalShown").entity(String.class).get();
		assertThat(browser.findElement(By.cssSelector("#household-counts tbody tr td")).getText()).isEqualTo(shown);
		assertThat(browser.findElements(By.id("fading-by-district"))).isEmpty();
		assertThat(mainText()).doesNotContain("HH-").contains("世帯の個別の情報は表示しません");
		assertAccessible();
		screenshot("gaps-analyst");
	}
}
