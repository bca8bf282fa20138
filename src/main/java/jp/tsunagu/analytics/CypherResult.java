package jp.tsunagu.analytics;

import java.util.List;

/** An analyst's answer: the columns in query order, the pseudonymised rows, and whether the row cap cut it off. */
record CypherResult(List<String> columns, List<List<Object>> rows, boolean truncated, int rowCount) {
}
