package jp.tsunagu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.tsunagu.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** ネットワーク図 in a real browser. */
class NetworkMapScreenIT extends BrowserTest {

	@Test
	void aCoordinatorDrawsOnoFindsAPathAndExportsIt() throws Exception {
		DirectoryFixture directory = new DirectoryFixture(graphQl);
		String fieldCode = directory.firstFieldCode();
		String from = directory.organization("つなぐ試験のNPO甲", "つなぐしけんのえぬぴーおーこう", "NPO", "282189", fieldCode);
		String to = directory.organization("つなぐ試験のNPO乙", "つなぐしけんのえぬぴーおーおつ", "NPO", "282189", fieldCode);
		directory.collaboration(from, to);

		signIn("/#/map", Role.COORDINATOR, "小野市社会福祉協議会", null);
		waitForScreen("map");
		browser.findElement(By.cssSelector("#main form button[type=submit]")).click();
		waitFor(By.id("map-summary"));
		int drawn = Integer.parseInt(browser.findElement(By.id("map-canvas")).getDomAttribute("data-nodes"));
		long total = (long) as(caller(Role.COORDINATOR, "小野市社会福祉協議会", null))
			.document("{ networkMap(area: \"282189\", nodeKinds: [ORGANIZATION, PERSON, NETWORK, ACTIVITY, SERVICE], first: 1) { totalCount } }")
			.execute().path("networkMap.totalCount").entity(Long.class).get();
		assertThat(drawn).isEqualTo((int) total).isGreaterThan(2);
		System.out.printf("小野市 network map: %d nodes drawn in %s ms%n", drawn,
				browser.findElement(By.id("map-canvas")).getDomAttribute("data-drawn-ms"));
		// betweenness and communities are there for a coordinator: bridges drawn, communities offered
		assertThat(browser.findElements(By.id("map-community"))).hasSize(1);
		assertThat((Long) script("return window.tsunaguMap.nodes('.bridge').length")).isPositive();
		assertThat((Long) script("return window.tsunaguMap.nodes('[kind = \"HOUSEHOLD\"]').length")).isZero();
		assertAccessible();
		screenshot("network-map");

		// the keyboard way to a node: the list; then the path between the two fixture organisations
		new Select(browser.findElement(By.id("map-node"))).selectByValue(from);
		assertThat(waitFor(By.cssSelector("#map-details .node-name")).getText()).isEqualTo("つなぐ試験のNPO甲");
		browser.findElement(By.id("map-path-from")).click();
		new Select(browser.findElement(By.id("map-node"))).selectByValue(to);
		waitFor(By.xpath("//*[@id='map-details']//strong[text()='つなぐ試験のNPO乙']"));
		browser.findElement(By.id("map-path-to")).click();
		waitFor(By.cssSelector("#map-path-result ol"));
		assertThat(browser.findElement(By.id("map-path-result")).getText()).contains("1段階のつながり", "つなぐ試験のNPO甲", "連携・協働", "つなぐ試験のNPO乙");
		assertThat((Long) script("return window.tsunaguMap.elements('.path').length")).isEqualTo(3L);
		screenshot("network-map-path");

		// the exports, from the graph as drawn
		@SuppressWarnings("unchecked")
		List<Object> gexf = (List<Object>) browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				import('/app/gexf.js').then(m => {
				  const xml = new DOMParser().parseFromString(m.toGexf(window.tsunaguMap, '小野市'), 'application/xml');
				  done([xml.getElementsByTagName('node').length, xml.getElementsByTagName('edge').length,
				        xml.getElementsByTagName('parsererror').length]);
				});""");
		assertThat(gexf).containsExactly((long) drawn, script("return window.tsunaguMap.edges().length"), 0L);
		assertThat((String) script("return window.tsunaguMap.png({full: true})")).startsWith("data:image/png;base64,");
		assertNothingLoadedFromOutside();
	}

	@Test
	void memberStaffSeeTheMapSizedByDegreeWithoutTheCoordinatorsMetrics() throws Exception {
		browser.manage().window().setSize(TABLET);
		signIn("/#/map?scope=area&area=282189&kinds=ORGANIZATION,NETWORK", Role.MEMBER_STAFF, "社会福祉法人きすみ野福祉会", null);
		waitFor(By.id("map-summary"));
		assertThat(mainText()).contains("媒介中心性とコミュニティは、この役割では表示されません");
		assertThat(browser.findElements(By.id("map-community"))).isEmpty();
		assertThat((Long) script("return window.tsunaguMap.nodes('[kind = \"PERSON\"]').length")).isZero();
		assertThat((Long) script("return window.tsunaguMap.nodes().length")).isPositive();
		assertAccessible();
		screenshot("network-map-staff-tablet");
	}
}
