package jp.tsunagu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;

import jp.tsunagu.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.print.PrintOptions;

/** 報告書 in a real browser, printed to PDF by the browser. */
class ReportScreenIT extends BrowserTest {

	@Test
	void aCoordinatorPrintsOnosReportWithoutHouseholdFigures() throws Exception {
		signIn("/#/report", Role.COORDINATOR, "小野市社会福祉協議会", null);
		waitForScreen("report");
		waitFor(By.id("report"));
		String report = mainText();
		assertThat(report).contains("兵庫県小野市 地域福祉ネットワーク報告書", "1. 地域の概要", "2. 重層的支援体制の実施状況",
				"3. 社会資源のすき間", "4. どのネットワークにも参加していない団体", "5. 橋渡し役の団体", "6. 世帯の集計",
				"世帯の集計は分析担当・管理者の報告書にのみ載ります");
		assertThat(report).matches("(?s).*作成日: 令和\\d+年\\d+月\\d+日（\\d{4}年）.*");
		assertThat(browser.findElements(By.id("household-counts"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("#report-bridges tbody tr"))).isNotEmpty();
		assertAccessible();
		screenshot("report");

		// the print stylesheet: the report alone
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(browser.findElement(By.cssSelector(".app-header")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.id("report-print")).isDisplayed()).isFalse();
		assertThat(browser.findElement(By.id("report")).isDisplayed()).isTrue();
		screenshot("report-print");
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		Pdf pdf = browser.print(new PrintOptions());
		byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
		assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(bytes.length).isGreaterThan(10_000);
	}

	@Test
	void anAnalystsReportCarriesHouseholdCountsAsTheApiSuppressesThem() throws Exception {
		var analyst = caller(Role.ANALYST, null, null);
		String shown = as(analyst).document("{ householdStatistics(areaCode: \"282189\") { totalShown } }")
			.execute().path("householdStatistics.totalShown").entity(String.class).get();
		signIn("/#/report?area=282189", Role.ANALYST, null, null);
		waitFor(By.id("household-counts"));
		assertThat(browser.findElement(By.cssSelector("#household-counts tbody tr td")).getText()).isEqualTo(shown);
		assertThat(mainText()).doesNotContain("HH-");
		assertAccessible();
		screenshot("report-analyst");
	}
}
