package jp.tsunagu.casework;

import java.time.LocalDate;

import graphql.GraphQLContext;
import jp.tsunagu.api.InvalidArgumentException;
import jp.tsunagu.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class CaseworkFiguresController {

	private final CaseworkFiguresQueries figures;

	CaseworkFiguresController(CaseworkFiguresQueries figures) {
		this.figures = figures;
	}

	/** The caller's own organisation's (for a coordinator, its council's) figures. */
	@QueryMapping
	Mono<CaseworkFigures> caseworkFigures(@Argument LocalDate from, @Argument LocalDate to, GraphQLContext context) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidArgumentException("to", "must not be before from (" + from + "), was " + to);
		}
		return figures.figures(Caller.of(context), from, to);
	}
}
