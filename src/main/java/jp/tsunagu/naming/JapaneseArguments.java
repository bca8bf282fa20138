package jp.tsunagu.naming;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Japanese names wherever the API takes an area's code or a taxonomy's (need, field, kind of isolation): before a
 * query's or mutation's field runs, each such argument (and each such field of its input) given as a name is replaced
 * by the code it names. Codes pass
 * untouched. An ambiguous name is refused with its candidates; an unknown name in a query's argument is refused
 * too, while in a mutation's input it goes on to the mutation's own check of the code (a user error in the payload).
 */
@Component
class JapaneseArguments extends SimplePerformantInstrumentation {

	/** Arguments and input fields that hold an area's code. */
	static final Set<String> AREA_FIELDS = Set.of("area", "areaCode", "municipality", "municipalityCode", "parentCode",
			"locationCode", "districtCode", "within", "availableInCodes", "coveredAreaCodes", "heldInCodes", "servedAreaCodes");

	/** Arguments and input fields that hold a need's code. */
	static final Set<String> NEED_FIELDS = Set.of("need", "needs", "needCode", "needCodes", "broader");

	/** Input fields that hold a field's (分野) code. */
	static final Set<String> FIELD_FIELDS = Set.of("fieldCodes");

	/** Input fields that hold a kind of isolation's code. */
	static final Set<String> ISOLATION_FIELDS = Set.of("isolationCodes");

	/** Top-level fields whose {@code code} argument is an area's. */
	private static final Set<String> AREA_BY_CODE = Set.of("area", "areaOverview");

	private final NameResolution names;

	JapaneseArguments(NameResolution names) {
		this.names = names;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		String parent = parameters.getExecutionStepInfo().getObjectType().getName();
		if (parameters.isTrivialDataFetcher() || !(parent.equals("Query") || parent.equals("Mutation"))) {
			return dataFetcher;
		}
		boolean mutation = parent.equals("Mutation");
		String field = parameters.getExecutionStepInfo().getFieldDefinition().getName();
		return environment -> {
			if (!holdsNames(environment.getArguments(), field, false)) {
				return dataFetcher.get(environment);
			}
			return resolved(environment.getArguments(), field, mutation, null).toFuture().<Object>thenCompose(arguments -> {
				DataFetchingEnvironment withCodes = DataFetchingEnvironmentImpl.newDataFetchingEnvironment(environment)
					.arguments(arguments)
					.build();
				try {
					Object result = dataFetcher.get(withCodes);
					if (result instanceof CompletionStage<?> stage) {
						return stage.thenApply(Object.class::cast);
					}
					return CompletableFuture.completedFuture(result);
				}
				catch (Exception ex) {
					return CompletableFuture.failedFuture(ex);
				}
			});
		};
	}

	private enum Kind {
		AREA(null), NEED(Vocabulary.NEED), FIELD(Vocabulary.FIELD), ISOLATION(Vocabulary.ISOLATION), NONE(null);

		private final Vocabulary vocabulary;

		Kind(Vocabulary vocabulary) {
			this.vocabulary = vocabulary;
		}
	}

	private static Kind kindOf(String key, String field, boolean nested) {
		if (!nested && key.equals("code") && AREA_BY_CODE.contains(field)) {
			return Kind.AREA;
		}
		if (!nested && key.equals("code") && field.equals("need")) {
			return Kind.NEED;
		}
		return AREA_FIELDS.contains(key) ? Kind.AREA : NEED_FIELDS.contains(key) ? Kind.NEED
				: FIELD_FIELDS.contains(key) ? Kind.FIELD : ISOLATION_FIELDS.contains(key) ? Kind.ISOLATION : Kind.NONE;
	}

	private static boolean holdsNames(Map<String, Object> arguments, String field, boolean nested) {
		for (Map.Entry<String, Object> argument : arguments.entrySet()) {
			Kind kind = kindOf(argument.getKey(), field, nested);
			Object value = argument.getValue();
			if (value instanceof Map<?, ?> map) {
				@SuppressWarnings("unchecked")
				Map<String, Object> input = (Map<String, Object>) map;
				if (holdsNames(input, field, true)) {
					return true;
				}
			}
			else if (kind != Kind.NONE && strings(value).stream().anyMatch(text -> isName(kind, text))) {
				return true;
			}
		}
		return false;
	}

	private Mono<Map<String, Object>> resolved(Map<String, Object> arguments, String field, boolean mutation,
			String path) {
		return Flux.fromIterable(arguments.entrySet()).concatMap(argument -> {
			String name = path == null ? argument.getKey() : path + "." + argument.getKey();
			Kind kind = kindOf(argument.getKey(), field, path != null);
			Object value = argument.getValue();
			Mono<Object> replaced;
			if (value instanceof Map<?, ?> map) {
				@SuppressWarnings("unchecked")
				Map<String, Object> input = (Map<String, Object>) map;
				replaced = resolved(input, field, mutation, name).map(Object.class::cast);
			}
			else if (kind != Kind.NONE && value instanceof String text) {
				replaced = code(kind, name, text, mutation).map(Object.class::cast);
			}
			else if (kind != Kind.NONE && value instanceof List<?> list) {
				replaced = Flux.fromIterable(list)
					.concatMap(item -> item instanceof String text ? code(kind, name, text, mutation) : Mono.just(item))
					.collectList()
					.map(Object.class::cast);
			}
			else {
				replaced = Mono.justOrEmpty(value);
			}
			return replaced.map(code -> Map.entry(argument.getKey(), code))
				.defaultIfEmpty(Map.entry(argument.getKey(), NULL));
		}).collectList().map(entries -> {
			Map<String, Object> out = new LinkedHashMap<>();
			entries.forEach(entry -> out.put(entry.getKey(), entry.getValue() == NULL ? null : entry.getValue()));
			return out;
		});
	}

	/** Stands for a null argument in a reactive stream, which holds no nulls. */
	private static final Object NULL = new Object();

	private Mono<Object> code(Kind kind, String argument, String text, boolean mutation) {
		if (!isName(kind, text)) {
			return Mono.just(text);
		}
		Mono<String> found = kind == Kind.AREA ? names.area(argument, text)
				: names.term(kind.vocabulary, argument, text);
		return found.map(Object.class::cast).switchIfEmpty(Mono.defer(() -> mutation ? Mono.just(text)
				: Mono.error(kind == Kind.AREA ? NameResolution.unknownArea(argument, text)
						: NameResolution.unknownTerm(kind.vocabulary, argument, text))));
	}

	private static boolean isName(Kind kind, String text) {
		return kind == Kind.AREA ? !NameResolution.isAreaCode(text) : !NameResolution.isTermCode(text);
	}

	private static List<String> strings(Object value) {
		if (value instanceof String text) {
			return List.of(text);
		}
		List<String> out = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(out::add);
		}
		return out;
	}
}
