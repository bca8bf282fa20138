package jp.tsunagu.vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jp.tsunagu.TsunaguApplication;
import jp.tsunagu.graph.Labelled;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;

/**
 * Every enum of the API with its Japanese labels, found once at start-up among the enums that
 * carry a label, so a new enum appears here without being listed.
 */
@Controller
class VocabularyController {

	record Vocabulary(String name, List<Term> values) {
	}

	record Term(String value, String labelJa) {
	}

	private final List<Vocabulary> vocabularies;

	VocabularyController() {
		this.vocabularies = scan();
	}

	@QueryMapping
	List<Vocabulary> vocabulary() {
		return vocabularies;
	}

	private static List<Vocabulary> scan() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(Labelled.class));
		List<Vocabulary> found = new ArrayList<>();
		for (BeanDefinition candidate : scanner
			.findCandidateComponents(TsunaguApplication.class.getPackageName())) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
			if (type.isEnum()) {
				List<Term> terms = Arrays.stream(type.getEnumConstants())
					.map(value -> new Term(((Enum<?>) value).name(), ((Labelled) value).labelJa()))
					.toList();
				found.add(new Vocabulary(type.getSimpleName(), terms));
			}
		}
		found.sort(Comparator.comparing(Vocabulary::name));
		return List.copyOf(found);
	}
}
