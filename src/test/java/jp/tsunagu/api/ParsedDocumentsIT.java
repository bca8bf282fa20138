package jp.tsunagu.api;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

class ParsedDocumentsIT extends HubIntegrationTest {

	@Autowired
	GraphQlSource source;

	@Test
	void theHubKeepsTheDocumentsItParsed() {
		assertThat(source.graphQl().getPreparsedDocumentProvider()).isInstanceOf(ParsedDocuments.class);
		ParsedDocuments documents = (ParsedDocuments) source.graphQl().getPreparsedDocumentProvider();
		String query = "{ areas(first: 1) { totalCount } }";
		graphQl.document(query).execute().errors().verify();
		int kept = documents.size();
		graphQl.document(query).execute().path("areas.totalCount").hasValue();
		assertThat(documents.size()).isEqualTo(kept).isPositive();
	}
}
