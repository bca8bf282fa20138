package jp.tsunagu.bench;

/** A benchmark step that cannot go on, with a message that says why and what to do. */
class BenchException extends RuntimeException {

	BenchException(String message) {
		super(message);
	}

	BenchException(String message, Throwable cause) {
		super(message, cause);
	}
}
