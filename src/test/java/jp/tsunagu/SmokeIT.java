package jp.tsunagu;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmokeIT extends HubIntegrationTest {

	@Test
	void areaByCode() {
		statements.reset();
		graphQl.document("{ area(code: \"282138\") { name } needs { code } }").execute().path("needs").entityList(Object.class).hasSizeGreaterThan(5);
		System.out.println("STATEMENTS " + statements.count());
		assertThat(statements.count()).isGreaterThan(0);
	}
}
