package jp.tsunagu.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * The last {@value #KEPT} valid documents, parsed and validated once: frontends send the same few documents over and
 * over, and parsing and validating one took a tenth of the hub's GraphQL time under load (JFR, issue 5). Validation
 * depends on the document and the schema only, never on variables. Invalid documents are not kept.
 */
final class ParsedDocuments implements PreparsedDocumentProvider {

	static final int KEPT = 500;

	private final Map<String, PreparsedDocumentEntry> documents = new LinkedHashMap<>(KEPT, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
			return size() > KEPT;
		}
	};

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		PreparsedDocumentEntry kept;
		synchronized (documents) {
			kept = documents.get(query);
		}
		if (kept == null) {
			kept = parseAndValidate.apply(input);
			if (!kept.hasErrors()) {
				synchronized (documents) {
					documents.put(query, kept);
				}
			}
		}
		return CompletableFuture.completedFuture(kept);
	}

	int size() {
		synchronized (documents) {
			return documents.size();
		}
	}
}
