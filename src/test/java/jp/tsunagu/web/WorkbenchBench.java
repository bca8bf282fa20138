package jp.tsunagu.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jp.tsunagu.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench's timings in a real browser, printed, not asserted (a benchmark, not a test: its name matches neither
 * surefire's nor failsafe's patterns). Run it alone: {@code bench/workbench.sh}. Figures go to bench/RESULTS.md.
 * <ul>
 * <li>the first screen, once warm: a fresh page load of 団体・サービスを探す, signed in, until it is usable;</li>
 * <li>the 小野市 network map: from Draw to the drawn graph (its pages read, metrics, layout);</li>
 * <li>a 20,000-node map (the API's cap, tsunagu.mapping.max-map-nodes): a made-up municipality of that many
 * organisations, drawn; then one organisation more, which the API refuses.</li>
 * </ul>
 */
class WorkbenchBench extends BrowserTest {

	private static final int RUNS = 5;

	private static final int CAP = 20_000;

	@Test
	void timings() {
		String[] coordinator = account(Role.COORDINATOR, "小野市社会福祉協議会", null);
		signIn("/#/search", coordinator);
		waitForScreen("search");

		List<Long> firstScreen = new ArrayList<>();
		for (int run = 0; run < RUNS + 2; run++) {
			open("/?load=" + run + "#/search"); // a new address: a full page load, not a hash change
			waitForScreen("search");
			long readyMs = Long.parseLong(browser.findElement(By.id("main")).getDomAttribute("data-ready-ms"));
			if (run >= 2) { // two warm-up loads
				firstScreen.add(readyMs);
			}
		}
		print("first screen (団体・サービスを探す), page load to usable", firstScreen);

		List<Long> ono = new ArrayList<>();
		int onoNodes = 0;
		for (int run = 0; run < RUNS + 1; run++) {
			open("/#/search");
			waitForScreen("search");
			open("/#/map?scope=area&area=282189&kinds=ORGANIZATION,PERSON,NETWORK,ACTIVITY,SERVICE");
			waitFor(By.id("map-summary"));
			onoNodes = Integer.parseInt(browser.findElement(By.id("map-canvas")).getDomAttribute("data-nodes"));
			if (run >= 1) {
				ono.add(Long.parseLong(browser.findElement(By.id("map-canvas")).getDomAttribute("data-drawn-ms")));
			}
		}
		print("小野市 network map, " + onoNodes + " nodes, page load excluded", ono);

		write("""
				CREATE (a:Area:Municipality {id: randomUUID(), code: '990100', name: '試験大市', kind: 'MUNICIPALITY', createdAt: datetime()})
				WITH a
				UNWIND range(1, $count) AS i
				CREATE (o:Organization:Npo {id: randomUUID(), name: '試験団体' + i, kind: 'NPO', archived: false, createdAt: datetime()})
				CREATE (o)-[:LOCATED_IN]->(a)""", "count", CAP);
		write("""
				MATCH (o:Organization)-[:LOCATED_IN]->(:Area {code: '990100'})
				WITH collect(o) AS orgs
				UNWIND range(0, size(orgs) - 1) AS i
				WITH orgs[i] AS o, orgs[(i * 7919 + 13) % size(orgs)] AS partner WHERE o <> partner
				CREATE (o)-[:COLLABORATES_WITH {collaborationKind: 'JOINT_ACTIVITY', createdAt: datetime()}]->(partner)""");
		long started = System.nanoTime();
		open("/#/map?scope=area&area=990100&kinds=ORGANIZATION");
		new WebDriverWait(browser, Duration.ofMinutes(10)).until(driver -> !driver.findElements(By.id("map-summary")).isEmpty()
				|| !driver.findElements(By.cssSelector("#map-output .notice-error")).isEmpty());
		long wall = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("WORKBENCH 20,000-node map: %s; drawn in %s ms (wall %d ms); JS heap %s MB%n",
				browser.findElement(By.id("map-output")).getText().lines().filter(l -> l.contains("ノード")).findFirst().orElse(mainText()),
				browser.findElements(By.id("map-canvas")).isEmpty() ? "-" : browser.findElement(By.id("map-canvas")).getDomAttribute("data-drawn-ms"),
				wall, script("return performance.memory ? Math.round(performance.memory.usedJSHeapSize / 1048576) : null"));
		Object panZoomMs = browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const cy = window.tsunaguMap; if (!cy) { done(null); return; }
				const t0 = performance.now(); let frames = 0;
				function step() { cy.zoom(cy.zoom() * 1.05); cy.panBy({x: 5, y: 5}); frames++;
				  if (frames < 20) requestAnimationFrame(step); else done(Math.round((performance.now() - t0) / frames)); }
				requestAnimationFrame(step);""");
		System.out.printf("WORKBENCH 20,000-node map: %s ms per zoom-and-pan frame%n", panZoomMs);

		write("""
				MATCH (a:Area {code: '990100'})
				CREATE (o:Organization:Npo {id: randomUUID(), name: '試験団体・上限超え', kind: 'NPO', archived: false, createdAt: datetime()})-[:LOCATED_IN]->(a)""");
		open("/#/search");
		waitForScreen("search");
		open("/#/map?scope=area&area=990100&kinds=ORGANIZATION");
		new WebDriverWait(browser, Duration.ofMinutes(5))
			.until(driver -> !driver.findElements(By.cssSelector("#map-output .notice-error")).isEmpty());
		System.out.printf("WORKBENCH 20,001-node map: %s%n", browser.findElement(By.cssSelector("#map-output .notice-error")).getText());
	}

	private static void print(String what, List<Long> millis) {
		List<Long> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		System.out.printf("WORKBENCH %s: median %d ms, min %d, max %d, runs %s%n", what, sorted.get(sorted.size() / 2), sorted.get(0),
				sorted.get(sorted.size() - 1), millis);
	}
}
