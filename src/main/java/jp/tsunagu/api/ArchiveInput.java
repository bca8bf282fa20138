package jp.tsunagu.api;

/** Input of every archive mutation. */
public record ArchiveInput(String id) {
}
