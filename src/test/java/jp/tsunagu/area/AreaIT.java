package jp.tsunagu.area;

import jp.tsunagu.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AreaIT extends HubIntegrationTest {

	@Test
	void readsAnAreaWithItsParentsAndLists() {
		graphQl.document("{ area(code: \"282189\") { name kind kindLabelJa population parent { code name kind } } }")
			.execute()
			.path("area.name").entity(String.class).isEqualTo("小野市")
			.path("area.kindLabelJa").entity(String.class).isEqualTo("市区町村")
			.path("area.population").entity(Integer.class).isEqualTo(47562)
			.path("area.parent.name").entity(String.class).isEqualTo("兵庫県");
		graphQl.document("{ areas(filter: {kind: DISTRICT, within: \"282189\"}, first: 100) { totalCount edges { node { code parent { code } } } } }")
			.execute()
			.path("areas.edges[*].node.parent.code").entityList(String.class)
			.satisfies(parents -> assertThat(parents).isNotEmpty().containsOnly("282189"));
	}

	@Test
	void createsAndUpdatesADistrictAndExplainsBadInput() {
		graphQl.document("""
				mutation { createDistrict(input: {parentCode: "282189", slug: "area-it", name: "テスト校区",
				  districtKind: ELEMENTARY_SCHOOL_DISTRICT, population: 1200}) { area { code districtKindLabelJa } errors { message } } }""")
			.execute()
			.path("createDistrict.area.code").entity(String.class).isEqualTo("282189-area-it")
			.path("createDistrict.area.districtKindLabelJa").entity(String.class).isEqualTo("小学校区");

		graphQl.document("""
				mutation { updateDistrict(input: {code: "282189-area-it", name: "改称テスト校区"}) { area { name population } errors { message } } }""")
			.execute()
			.path("updateDistrict.area.name").entity(String.class).isEqualTo("改称テスト校区")
			.path("updateDistrict.area.population").entity(Integer.class).isEqualTo(1200);

		long before = count("MATCH (d:District) RETURN count(d)");
		graphQl.document("""
				mutation { createDistrict(input: {parentCode: "280003", slug: "Bad Slug", name: "", districtKind: DISTRICT, population: -1}) {
				  area { code } errors { field message } } }""")
			.execute()
			.path("createDistrict.area").valueIsNull()
			.path("createDistrict.errors[*].field[1]").entityList(String.class)
			.satisfies(fields -> assertThat(fields).containsExactlyInAnyOrder("name", "slug", "population", "parentCode"));
		graphQl.document("""
				mutation { createDistrict(input: {parentCode: "282189", slug: "area-it", name: "重複", districtKind: DISTRICT}) {
				  errors { message } } }""")
			.execute()
			.path("createDistrict.errors[0].message").entity(String.class).isEqualTo("district 282189-area-it already exists");
		graphQl.document("""
				mutation { updateDistrict(input: {code: "282189-nowhere", name: "x"}) { errors { message } } }""")
			.execute()
			.path("updateDistrict.errors[0].message").entity(String.class).isEqualTo("no district with code 282189-nowhere");
		assertThat(count("MATCH (d:District) RETURN count(d)")).isEqualTo(before);
	}
}
