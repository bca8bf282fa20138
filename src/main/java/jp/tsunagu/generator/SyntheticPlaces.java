package jp.tsunagu.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import jp.tsunagu.area.LocalGovernmentCode;
import jp.tsunagu.generator.Places.Place;
import jp.tsunagu.generator.Places.Prefecture;

/**
 * A made-up list of local governments with the shape of the real one (2020 census): 47 prefectures, 1,741
 * municipalities of which 20 designated cities with 175 wards between them, 126,146,099 people, municipal populations
 * log-normal around a median of about 24,000 (the real median is 24,000 to 25,000). Codes carry valid check digits;
 * names say they are made up (架空市0001).
 */
final class SyntheticPlaces {

	static final int PREFECTURES = 47;

	static final int MUNICIPALITIES = 1741;

	static final int DESIGNATED_CITIES = 20;

	static final int WARDS = 175;

	static final long POPULATION = 126_146_099L;

	private SyntheticPlaces() {
	}

	static Places create(long seed) {
		SplittableRandom random = new SplittableRandom(Seeds.of(seed, "synthetic-places"));
		double[] weights = new double[MUNICIPALITIES];
		for (int i = 0; i < MUNICIPALITIES; i++) {
			// designated cities: 0.7 to 3.8 million people, like the real twenty
			weights[i] = i < DESIGNATED_CITIES ? 700_000 + random.nextDouble() * 3_100_000
					: Math.exp(Math.log(24_000) + 1.3 * gaussian(random));
		}
		long[] populations = Apportionment.largestRemainder(POPULATION, weights, 0);
		int[] wardCounts = wardCounts(populations);
		List<List<Place>> byPrefecture = new ArrayList<>();
		for (int p = 0; p < PREFECTURES; p++) {
			byPrefecture.add(new ArrayList<>());
		}
		int[] municipalitiesOf = new int[PREFECTURES];
		for (int i = 0; i < MUNICIPALITIES; i++) {
			// designated cities spread over the first prefectures, the others round robin
			int prefecture = i % PREFECTURES;
			int serial = municipalitiesOf[prefecture]++;
			String name = String.format(populations[i] >= 50_000 ? "架空市%04d" : "架空町%04d", i + 1);
			String kana = String.format(populations[i] >= 50_000 ? "かくうし%04d" : "かくうちょう%04d", i + 1);
			double latitude = 31 + random.nextDouble() * 13;
			double longitude = 130 + random.nextDouble() * 15;
			String prefectureName = prefectureName(prefecture);
			byPrefecture.get(prefecture).add(new Place(code(prefecture, 100 + serial * 20), prefectureName, name, kana,
					false, latitude, longitude, populations[i]));
			if (i < DESIGNATED_CITIES) {
				double[] wardWeights = new double[wardCounts[i]];
				for (int w = 0; w < wardWeights.length; w++) {
					wardWeights[w] = 0.5 + random.nextDouble();
				}
				long[] wardPopulations = Apportionment.largestRemainder(populations[i], wardWeights, 0);
				for (int w = 0; w < wardWeights.length; w++) {
					byPrefecture.get(prefecture).add(new Place(code(prefecture, 100 + serial * 20 + w + 1), prefectureName,
							name + " 第" + (w + 1) + "区", kana + " だい" + (w + 1) + "く", true, latitude, longitude,
							wardPopulations[w]));
				}
			}
		}
		List<Prefecture> prefectures = new ArrayList<>();
		List<Place> places = new ArrayList<>();
		for (int p = 0; p < PREFECTURES; p++) {
			List<Place> own = byPrefecture.get(p);
			long population = own.stream().filter(place -> !place.ward()).mapToLong(Place::population).sum();
			prefectures.add(new Prefecture(code(p, 0), prefectureName(p), String.format("かくうけん%02d", p + 1),
					String.format("Synthetic %02d", p + 1), String.format("JP-%02d", p + 1), own.get(0).latitude(),
					own.get(0).longitude(), population));
			places.addAll(own);
		}
		return new Places(prefectures, places, "synthetic");
	}

	private static String prefectureName(int prefecture) {
		return String.format("架空県%02d", prefecture + 1);
	}

	/** Each designated city's wards, by population, 175 in all and at least 4 each. */
	private static int[] wardCounts(long[] populations) {
		double[] weights = new double[DESIGNATED_CITIES];
		for (int i = 0; i < DESIGNATED_CITIES; i++) {
			weights[i] = populations[i];
		}
		long[] counts = Apportionment.largestRemainder(WARDS, weights, 4);
		int[] wards = new int[DESIGNATED_CITIES];
		for (int i = 0; i < DESIGNATED_CITIES; i++) {
			wards[i] = (int) counts[i];
		}
		return wards;
	}

	private static String code(int prefecture, int serial) {
		String five = String.format("%02d%03d", prefecture + 1, serial);
		return five + LocalGovernmentCode.checkDigit(five + "0");
	}

	private static double gaussian(SplittableRandom random) {
		// Box-Muller: SplittableRandom has no nextGaussian on Java 17
		double u = 1 - random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}
}
