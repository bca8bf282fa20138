package jp.tsunagu;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.data.neo4j.core.ReactiveNeo4jClient;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of the hub (docs/architecture.md). Packages are by feature; the kernel ({@code graph}, {@code api},
 * {@code security}, {@code audit}) serves every feature and depends on none. A feature uses another only through its
 * public types (Java's visibility enforces that), and no two packages depend on each other, directly or round a cycle.
 * Each feature speaks one vocabulary: {@code XController} maps GraphQL and holds no Cypher, {@code XService} holds the
 * logic, {@code XQueries} reads and {@code XWrites} writes.
 */
class ArchitectureTests {

	private static final String[] KERNEL = { "jp.tsunagu.graph..", "jp.tsunagu.api..", "jp.tsunagu.security..",
			"jp.tsunagu.audit.." };

	private static final String[] FEATURES = { "jp.tsunagu.account..", "jp.tsunagu.analytics..", "jp.tsunagu.area..",
			"jp.tsunagu.casework..", "jp.tsunagu.discovery..", "jp.tsunagu.gaps..", "jp.tsunagu.household..", "jp.tsunagu.mapping..",
			"jp.tsunagu.network..", "jp.tsunagu.organization..", "jp.tsunagu.person..", "jp.tsunagu.referral..",
			"jp.tsunagu.search..", "jp.tsunagu.service..", "jp.tsunagu.taxonomy.." };

	private static JavaClasses hub;

	@BeforeAll
	static void importTheHub() {
		hub = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("jp.tsunagu");
	}

	@Test
	void theKernelDependsOnNoFeature() {
		check(noClasses().that()
			.resideInAnyPackage(KERNEL)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FEATURES)
			.because("features build on the kernel, never the other way"));
	}

	@Test
	void noPackagesDependOnEachOtherInACycle() {
		check(slices().matching("jp.tsunagu.(*)..").should().beFreeOfCycles());
	}

	@Test
	void controllersAreNamedSoAndHoldNoCypher() {
		check(classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.haveSimpleNameEndingWith("Controller"));
		check(classes().that().haveSimpleNameEndingWith("Controller").should().beAnnotatedWith(Controller.class).orShould()
			.beAnnotatedWith(RestController.class));
		check(noClasses().that()
			.haveSimpleNameEndingWith("Controller")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(ReactiveNeo4jClient.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(Driver.class)
			.because("a controller maps GraphQL; its feature's Queries and Writes run the Cypher"));
	}

	@Test
	void aFeaturesDatabaseAccessIsItsQueriesAndWrites() {
		check(classes().that()
			.resideInAnyPackage(FEATURES)
			.and()
			.areAnnotatedWith(Repository.class)
			.should()
			.haveSimpleNameEndingWith("Queries")
			.orShould()
			.haveSimpleNameEndingWith("Writes"));
		check(classes().that()
			.haveSimpleNameEndingWith("Queries")
			.or()
			.haveSimpleNameEndingWith("Writes")
			.should()
			.beAnnotatedWith(Repository.class));
	}

	@Test
	void noClassKeepsARetiredName() {
		check(noClasses().should()
			.haveSimpleNameEndingWith("Mutations")
			.orShould()
			.haveSimpleNameEndingWith("Reads")
			.orShould()
			.haveSimpleNameEndingWith("Checks")
			.orShould()
			.haveSimpleNameEndingWith("Payloads")
			.orShould()
			.haveSimpleName("Rows")
			.orShould()
			.haveSimpleName("Statements")
			.orShould()
			.haveSimpleName("UnionNodes")
			.orShould()
			.haveSimpleName("References")
			.because("a feature's classes are its Controller, Service, Queries and Writes, and names say what they hold"));
	}

	private static void check(ArchRule rule) {
		rule.check(hub);
	}
}
