package jp.tsunagu.api;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParsedDocumentsTests {

	private final ParsedDocuments documents = new ParsedDocuments();

	private final AtomicInteger parsed = new AtomicInteger();

	private final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
		parsed.incrementAndGet();
		return input.getQuery().startsWith("{")
				? new PreparsedDocumentEntry(Parser.parse(input.getQuery()))
				: new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("not a document").build());
	};

	@Test
	void aDocumentIsParsedOnceWhateverItsVariables() {
		Document first = fetch("{ areas { code } }").getDocument();
		Document again = documents.getDocumentAsync(ExecutionInput.newExecutionInput("{ areas { code } }")
			.variables(java.util.Map.of("x", 1))
			.build(), parse).join().getDocument();
		assertThat(again).isSameAs(first);
		assertThat(parsed).hasValue(1);
	}

	@Test
	void anInvalidDocumentIsNotKept() {
		assertThat(fetch("nonsense").hasErrors()).isTrue();
		assertThat(fetch("nonsense").hasErrors()).isTrue();
		assertThat(parsed).hasValue(2);
		assertThat(documents.size()).isZero();
	}

	@Test
	void theLeastRecentlyUsedGoFirstBeyondTheLimit() {
		fetch("{ a }");
		for (int i = 0; i < ParsedDocuments.KEPT; i++) {
			fetch("{ a" + i + " }");
			fetch("{ a }");
		}
		assertThat(documents.size()).isEqualTo(ParsedDocuments.KEPT);
		int before = parsed.get();
		fetch("{ a }");
		assertThat(parsed).hasValue(before);
		fetch("{ a0 }");
		assertThat(parsed).hasValue(before + 1);
	}

	private PreparsedDocumentEntry fetch(String query) {
		return documents.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), parse).join();
	}
}
