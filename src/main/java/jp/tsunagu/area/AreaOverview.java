package jp.tsunagu.area;

/** An area's overview; each feature resolves its own part of it (organisations, networks, services, commissions). */
public record AreaOverview(Area area) {

	public String code() {
		return area.code();
	}
}
