package jp.tsunagu.discovery;

import java.util.List;

import jp.tsunagu.area.Area;
import jp.tsunagu.taxonomy.Need;

/**
 * A need sought that no usable service available in the area addresses, itself or through a broader need. Said
 * plainly instead of being hidden behind services for other needs: a preventive service for a later need of a risk
 * pathway does not address it.
 */
record UnaddressedNeed(Need need, Area area) {

	static List<UnaddressedNeed> of(List<Need> needs, List<Candidate> candidates, Area area) {
		return needs.stream()
			.filter(need -> candidates.stream().noneMatch(candidate -> candidate.addressed().contains(need.code())))
			.map(need -> new UnaddressedNeed(need, area))
			.toList();
	}

	public String messageJa() {
		return where("ja") + "に" + need.labelJa() + "に直接対応する社会資源はありません";
	}

	public String message() {
		return "no direct service for " + need.labelEn() + " in " + where("en");
	}

	private String where(String language) {
		if (area == null) {
			return language.equals("ja") ? "この地域" : "this area";
		}
		return area.name();
	}
}
