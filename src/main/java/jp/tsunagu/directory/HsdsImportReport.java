package jp.tsunagu.directory;

import java.util.ArrayList;
import java.util.List;

/** What an HSDS import wrote, and what it could not take (each problem in Japanese and English). */
public class HsdsImportReport {

	int organizations;

	int services;

	private final List<Problem> problems = new ArrayList<>();

	void problem(String id, String field, String message) {
		problems.add(new Problem(id, field, message));
	}

	public int organizations() {
		return organizations;
	}

	public int services() {
		return services;
	}

	public List<Problem> problems() {
		return List.copyOf(problems);
	}

	/** @param id the HSDS id of the object */
	public record Problem(String id, String field, String message) {
	}
}
