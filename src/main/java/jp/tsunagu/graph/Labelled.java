package jp.tsunagu.graph;

/** An enum value the hub shows in Japanese beside its English API name. */
public interface Labelled {

	String labelJa();
}
