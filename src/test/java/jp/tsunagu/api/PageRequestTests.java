package jp.tsunagu.api;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTests {

	@Test
	void cursorRoundTripsJapaneseKeys() {
		String cursor = PageRequest.cursor("小野市社会福祉協議会", "id-1");
		PageRequest request = PageRequest.of(5, cursor);
		assertThat(request.afterKey()).isEqualTo("小野市社会福祉協議会");
		assertThat(request.afterId()).isEqualTo("id-1");
		assertThat(request.limitPlusOne()).isEqualTo(6);
	}

	@Test
	void rejectsPageSizesOutOfRangeAndForeignCursors() {
		assertThatThrownBy(() -> PageRequest.of(0, null)).isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("first");
		assertThatThrownBy(() -> PageRequest.of(101, null)).hasMessageContaining("between 1 and 100");
		assertThatThrownBy(() -> PageRequest.of(10, "not a cursor!")).isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("after");
	}

	@Test
	void theExtraRowOnlySignalsANextPage() {
		PageRequest request = PageRequest.of(2, null);
		Connection<String> page = request.toConnection(List.of("a", "b", "c"), 3, s -> s, s -> s);
		assertThat(page.nodes()).containsExactly("a", "b");
		assertThat(page.pageInfo().hasNextPage()).isTrue();
		assertThat(page.pageInfo().hasPreviousPage()).isFalse();
		assertThat(page.pageInfo().endCursor()).isEqualTo(PageRequest.cursor("b", "b"));
		assertThat(request.toConnection(List.of("a"), 1, s -> s, s -> s).pageInfo().hasNextPage()).isFalse();
	}
}
