package jp.tsunagu.importing;

/** Why one row (or, at row 1, the header) cannot go in: the column as its header names it, in Japanese and English. */
public record RowError(int row, String column, String reasonJa, String reasonEn) {
}
