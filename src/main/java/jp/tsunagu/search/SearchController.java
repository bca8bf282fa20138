package jp.tsunagu.search;

import java.util.EnumSet;
import java.util.List;

import jp.tsunagu.api.Connection;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.api.PageRequest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class SearchController {

	static final int MAX_TEXT = 100;

	private final SearchQueries queries;

	SearchController(SearchQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	Mono<Connection<SearchHit>> search(@Argument String text, @Argument List<SearchType> types,
			@Argument Integer first, @Argument String after) {
		if (text == null || text.isBlank()) {
			throw new InvalidArgumentException("text", "must not be empty");
		}
		if (text.length() > MAX_TEXT) {
			throw new InvalidArgumentException("text", "must be at most " + MAX_TEXT + " characters");
		}
		PageRequest page = PageRequest.of(first, after);
		int offset = page.afterKey() == null ? 0 : offsetOf(page.afterKey());
		boolean allTypes = types == null || types.isEmpty() || EnumSet.copyOf(types).size() == SearchType.values().length;
		List<String> labels = allTypes ? List.of() : types.stream().map(type -> type.label).distinct().toList();
		return queries.search(text, labels, offset, page);
	}

	private static int offsetOf(String key) {
		try {
			return Integer.parseInt(key);
		}
		catch (NumberFormatException ex) {
			throw new InvalidArgumentException("after", "is not a cursor of this search");
		}
	}
}
