package jp.tsunagu.generator;

import java.util.List;
import java.util.SplittableRandom;

/** Made-up names: common surnames and given names, and the words local organisations are named after. */
final class Names {

	static final List<String> SURNAMES = List.of("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
			"吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水", "山崎", "森", "池田", "橋本", "阿部", "石川",
			"山下", "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤", "近藤", "村上", "遠藤", "青木", "坂本", "福田", "太田",
			"西村", "藤井", "金子", "岡本", "藤原", "中野", "三浦", "原田");

	static final List<String> GIVEN_NAMES = List.of("美咲", "健一", "由紀", "翔太", "真理", "大輔", "彩", "直樹", "恵", "拓也", "千尋",
			"亮", "明美", "悠斗", "裕子", "誠", "早苗", "和也", "智子", "康介", "麻衣", "圭", "奈々", "浩二", "春香", "修", "舞", "聡",
			"里美", "剛", "瞳", "純一", "加奈", "雅人", "紀子", "俊介", "綾香", "正樹", "陽子", "隆", "幸子", "勝", "節子", "一郎",
			"和子", "清", "久美子", "恒夫", "京子", "秀樹");

	/** Words corporations, facilities and NPOs take their names from. */
	static final List<String> WORDS = List.of("ひまわり", "さくら", "青葉", "緑風", "松風", "清流", "光", "希望", "恵愛", "愛光", "和光",
			"慈恵", "寿", "福寿", "陽光", "若葉", "あおい", "つばさ", "やまびこ", "ふれあい", "なごみ", "ゆうあい", "すずらん", "白梅",
			"紅葉", "朝日", "あけぼの", "みのり", "いずみ", "かえで", "はるかぜ", "せせらぎ", "たんぽぽ", "すみれ", "けやき", "あじさい");

	/** Names of districts (小学校区・地区): common place-name elements. */
	static final List<String> DISTRICT_WORDS = List.of("中央", "東", "西", "南", "北", "本町", "旭", "緑", "栄", "桜", "若葉", "青葉",
			"日の出", "山手", "川端", "新町", "駅前", "宮前", "松原", "丘", "港", "城北", "城南", "東山", "西山", "南台", "北台", "中野",
			"上野", "下田", "大野", "高田", "原", "浜", "岡", "平野", "森", "池田", "春日", "住吉");

	private Names() {
	}

	static String person(SplittableRandom random) {
		return pick(SURNAMES, random) + " " + pick(GIVEN_NAMES, random);
	}

	static <T> T pick(List<T> list, SplittableRandom random) {
		return list.get(random.nextInt(list.size()));
	}

	/** A place's name without its last character (市, 町, 村, 区): "小野市" gives "小野". */
	static String stem(String placeName) {
		String compact = placeName.contains(" ") ? placeName.substring(placeName.indexOf(' ') + 1) : placeName;
		return compact.length() > 1 ? compact.substring(0, compact.length() - 1) : compact;
	}

	/** The office of a local government: 市役所, 町役場, 村役場, 区役所. */
	static String governmentOffice(String compactName) {
		char last = compactName.charAt(compactName.length() - 1);
		return compactName + (last == '町' || last == '村' ? "役場" : "役所");
	}
}
