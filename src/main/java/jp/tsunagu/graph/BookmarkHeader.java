package jp.tsunagu.graph;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.reactivestreams.ReactiveSession;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Read-your-writes across hub replicas. Each response carries, in the {@value #NAME} header, the bookmarks of this
 * hub's latest transactions (its own writes included); a request that sends them back to any replica is answered
 * only once that replica's database has those transactions. Within one replica every transaction already waits for
 * the ones before it (one bookmark manager chains them all); a bookmark sent in joins that chain, after a read that
 * waits for it proves the database knows it, so that a bad one is refused instead of failing every later request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class BookmarkHeader implements WebGraphQlInterceptor {

	static final String NAME = "Tsunagu-Bookmark";

	/** A hub's own set holds about one bookmark per transaction committing at the same moment. */
	private static final int MAX_BOOKMARKS = 64;

	private static final int MAX_LENGTH = 1024;

	private final Driver driver;

	private final Neo4jBookmarkManager bookmarks;

	BookmarkHeader(Driver driver, Neo4jBookmarkManager bookmarks) {
		this.driver = driver;
		this.bookmarks = bookmarks;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		List<String> sent = request.getHeaders().getValuesAsList(NAME);
		Set<Bookmark> wanted = sent.stream()
			.flatMap(value -> Arrays.stream(value.split(",")))
			.map(String::trim)
			.filter(value -> !value.isEmpty())
			.map(Bookmark::from)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (wanted.size() > MAX_BOOKMARKS || wanted.stream().anyMatch(bookmark -> bookmark.value().length() > MAX_LENGTH)) {
			return Mono.just(refused(request, Refusal.INVALID_BOOKMARK, "holds more than " + MAX_BOOKMARKS
					+ " bookmarks or one longer than " + MAX_LENGTH + " characters; send back the header of a response"));
		}
		return caughtUpWith(wanted).then(Mono.defer(() -> chain.next(request)))
			.doOnNext(response -> {
				Collection<Bookmark> latest = bookmarks.getBookmarks();
				if (!latest.isEmpty()) {
					response.getResponseHeaders().set(NAME, latest.stream().map(Bookmark::value).collect(Collectors.joining(", ")));
				}
			})
			.onErrorResume(BookmarkRefused.class, ex -> Mono.just(refused(request, ex.refusal, ex.getMessage())));
	}

	/** Waits until the database has the bookmarked transactions, then makes every later transaction wait for them too. */
	private Mono<Void> caughtUpWith(Set<Bookmark> wanted) {
		if (wanted.isEmpty()) {
			return Mono.empty();
		}
		SessionConfig config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withBookmarks(wanted).build();
		return Mono
			.usingWhen(Mono.fromSupplier(() -> driver.session(ReactiveSession.class, config)),
					session -> Mono.fromDirect(session.run("RETURN 1")).flatMap(result -> Mono.fromDirect(result.consume())),
					session -> Mono.fromDirect(session.close()))
			.doOnSuccess(summary -> bookmarks.updateBookmarks(Set.of(), wanted))
			.onErrorMap(Neo4jException.class, BookmarkHeader::refusal)
			.then();
	}

	private static Throwable refusal(Neo4jException ex) {
		String code = String.valueOf(ex.code());
		if (code.startsWith("Neo.ClientError.Transaction.InvalidBookmark")) {
			return new BookmarkRefused(Refusal.INVALID_BOOKMARK,
					"holds a bookmark this database does not know (" + ex.getMessage() + "); send back the header of a response");
		}
		if (code.equals("Neo.TransientError.Transaction.BookmarkTimeout")) {
			return new BookmarkRefused(Refusal.BOOKMARK_NOT_REACHED,
					"names transactions this hub's database has not caught up with in time; retry");
		}
		return ex;
	}

	private static WebGraphQlResponse refused(WebGraphQlRequest request, Refusal refusal, String problem) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError()
				.errorType(refusal)
				.message("The " + NAME + " header " + problem)
				.extensions(Map.of("header", NAME))
				.build())
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

	/** The {@code classification} of an error for a request whose bookmarks cannot be waited for. */
	enum Refusal implements ErrorClassification {

		INVALID_BOOKMARK, BOOKMARK_NOT_REACHED
	}

	private static final class BookmarkRefused extends RuntimeException {

		private final Refusal refusal;

		BookmarkRefused(Refusal refusal, String message) {
			super(message, null, false, false);
			this.refusal = refusal;
		}
	}
}
