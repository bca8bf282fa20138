package jp.tsunagu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.tsunagu.security.Role;
import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * Base of the workbench's browser tests: Debian's headless Chromium, driven by Selenium through Debian's
 * chromedriver, against the hub of {@link HubIntegrationTest} served on a random port (the shared test context's
 * own HTTP handler, WebFlux's static files, security and GraphQL included, on a Reactor Netty server of its own, so
 * the browser tests share the one cached context and its database). Each test gets a fresh browser and profile.
 * <p>
 * Screenshots go to {@code target/screenshots/}; with {@code -Dscreenshots.docs=true} they are copied to
 * {@code docs/screenshots/} for the README.
 */
public abstract class BrowserTest extends HubIntegrationTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Dimension DESKTOP = new Dimension(1366, 768);

	static final Dimension TABLET = new Dimension(1024, 768);

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static final Path DOC_SCREENSHOTS = Path.of("docs/screenshots");

	private static DisposableServer server;

	private static ApplicationContext servedContext;

	@Autowired
	private ApplicationContext context;

	protected ChromeDriver browser;

	private Path profile;

	@BeforeEach
	void startBrowser() throws IOException {
		assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
			.as("the browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver fonts-noto-cjk (.ci/run does)")
			.isTrue();
		serve(context);
		profile = Files.createTempDirectory("tsunagu-chromium-");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--lang=ja-JP", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().window().setSize(DESKTOP);
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	/** The test context's HTTP handler on a server of its own, once per context, stopped with the JVM. */
	private static synchronized void serve(ApplicationContext context) {
		if (server != null && servedContext == context) {
			return;
		}
		if (server != null) {
			server.disposeNow();
		}
		HttpHandler handler = context.getBean(HttpHandler.class);
		server = HttpServer.create().host("127.0.0.1").port(0).handle(new ReactorHttpHandlerAdapter(handler)).bindNow();
		servedContext = context;
		DisposableServer started = server;
		Runtime.getRuntime().addShutdownHook(new Thread(started::disposeNow));
	}

	/** The hub's address as the browser reaches it, e.g. http://127.0.0.1:43123. */
	protected String hub() {
		return "http://127.0.0.1:" + server.port();
	}

	protected void open(String path) {
		browser.get(hub() + path);
	}

	/**
	 * A new account of the role, scoped to the organisation (and person) as the demo user of that role is, with the
	 * password createAccount generated for it; named test.* so it goes with the test's data.
	 */
	protected String[] account(Role role, String organizationName, String personName) {
		String username = "test.web." + role.name().toLowerCase().replace('_', '-') + "."
				+ UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> input = new java.util.HashMap<>();
		input.put("username", username);
		input.put("role", role.name());
		input.put("organizationId", idOfNamed("Organization", organizationName));
		input.put("personId", idOfNamed("Person", personName));
		String password = graphQl.document("""
				mutation Create($input: CreateAccountInput!) { createAccount(input: $input) { password errors { message } } }""")
			.variable("input", input)
			.execute()
			.path("createAccount.errors")
			.entityList(Object.class)
			.hasSize(0)
			.path("createAccount.password")
			.entity(String.class)
			.get();
		return new String[] { username, password };
	}

	/** Opens the workbench at the path and signs in through its form, as a user would. */
	protected void signIn(String path, String[] account) {
		open(path);
		waitForScreen("sign-in");
		browser.findElement(By.id("username")).sendKeys(account[0]);
		browser.findElement(By.id("password")).sendKeys(account[1]);
		browser.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(
				driver -> !"sign-in".equals(driver.findElement(By.id("main")).getDomAttribute("data-ready"))
						&& driver.findElement(By.id("main")).getDomAttribute("data-ready") != null);
	}

	/** Signs in as a new account of the role and organisation (see {@link #account}). */
	protected void signIn(String path, Role role, String organizationName, String personName) {
		signIn(path, account(role, organizationName, personName));
	}

	/** Waits until the shell has rendered the screen (main's data-ready is its id). */
	protected void waitForScreen(String screenId) {
		try {
			new WebDriverWait(browser, Duration.ofSeconds(30))
				.until(ExpectedConditions.attributeToBe(By.id("main"), "data-ready", screenId));
		}
		catch (TimeoutException e) {
			throw new AssertionError("screen " + screenId + " not ready on " + browser.getCurrentUrl() + "; it shows:\n" + mainText(), e);
		}
	}

	/** Waits for the element to show; on a timeout, the message says what the screen showed instead. */
	protected WebElement waitFor(By locator) {
		try {
			return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
		}
		catch (TimeoutException e) {
			throw new AssertionError("no " + locator + " on " + browser.getCurrentUrl() + "; the screen shows:\n" + mainText(), e);
		}
	}

	protected String mainText() {
		return browser.findElement(By.id("main")).getText();
	}

	protected Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

	/** Saves target/screenshots/{name}.png (and docs/screenshots/ with -Dscreenshots.docs=true). */
	protected Path screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path file = SCREENSHOTS.resolve(name + ".png");
		Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
		if (Boolean.getBoolean("screenshots.docs")) {
			Files.createDirectories(DOC_SCREENSHOTS);
			Files.copy(file, DOC_SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}

	/**
	 * Runs axe-core (from its WebJar) on the page as it is: WCAG 2 A and AA rules, contrast included; fails on any
	 * serious or critical violation, naming the rule and the elements.
	 */
	@SuppressWarnings("unchecked")
	protected void assertAccessible() {
		script(axeSource());
		Object result = browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' @ ' + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '))))
				  .catch(e => done(['axe failed: ' + e]));""");
		assertThat((List<String>) result).as("serious or critical accessibility violations on " + browser.getCurrentUrl())
			.isEmpty();
	}

	private static String axeSource() {
		try (InputStream axe = BrowserTest.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			assertThat(axe).as("axe-core's WebJar on the test classpath").isNotNull();
			return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Every resource the page loaded came from the hub itself: no request left it. */
	@SuppressWarnings("unchecked")
	protected void assertNothingLoadedFromOutside() {
		List<String> loaded = (List<String>) script(
				"return [location.href].concat(performance.getEntriesByType('resource').map(e => e.name));");
		String origin = URI.create(hub()).getAuthority();
		assertThat(loaded).isNotEmpty()
			.allSatisfy(url -> assertThat(url).as("a resource of " + browser.getCurrentUrl())
				.matches(u -> u.startsWith("data:") || origin.equals(URI.create(u).getAuthority()), "from " + origin));
	}
}
