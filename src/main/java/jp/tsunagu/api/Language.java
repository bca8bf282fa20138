package jp.tsunagu.api;

import java.util.List;
import java.util.Locale;

import graphql.GraphQLContext;
import org.springframework.http.HttpHeaders;

/**
 * The language a caller reads messages in, from its {@code Accept-Language}: Japanese unless English is preferred
 * to Japanese. Carried in the GraphQL context of each request.
 */
public enum Language {

	JA, EN;

	static final String CONTEXT_KEY = Language.class.getName();

	/** The caller's language for this request; Japanese when the request named none. */
	public static Language of(GraphQLContext context) {
		return context == null ? JA : context.getOrDefault(CONTEXT_KEY, JA);
	}

	static Language from(HttpHeaders headers) {
		List<Locale.LanguageRange> ranges;
		try {
			ranges = headers.getAcceptLanguage();
		}
		catch (IllegalArgumentException malformed) {
			return JA;
		}
		for (Locale.LanguageRange range : ranges) {
			if (range.getWeight() <= 0) {
				continue;
			}
			String tag = range.getRange().toLowerCase(Locale.ROOT);
			if (tag.equals("ja") || tag.startsWith("ja-")) {
				return JA;
			}
			if (tag.equals("en") || tag.startsWith("en-")) {
				return EN;
			}
		}
		return JA;
	}

	/** The message of the two in this language. */
	public String pick(String japanese, String english) {
		return this == EN ? english : japanese;
	}
}
