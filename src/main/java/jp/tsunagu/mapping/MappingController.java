package jp.tsunagu.mapping;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class MappingController {

	private final ConnectionPathQueries paths;

	private final NeighborhoodQueries neighborhoods;

	private final NetworkMapQueries maps;

	MappingController(ConnectionPathQueries paths, NeighborhoodQueries neighborhoods, NetworkMapQueries maps) {
		this.paths = paths;
		this.neighborhoods = neighborhoods;
		this.maps = maps;
	}

	@QueryMapping
	Mono<List<TiePath>> connectionPath(@Argument String from, @Argument String to, @Argument List<TieKind> kinds,
			@Argument Integer maxLength, @Argument Integer first) {
		return paths.find(from, to, kinds, maxLength, first);
	}

	@QueryMapping
	Mono<Neighborhood> neighborhood(@Argument String id, @Argument Integer depth, @Argument List<TieKind> kinds,
			@Argument Integer limit) {
		return neighborhoods.around(id, depth, kinds, limit);
	}

	@QueryMapping
	Mono<NetworkMap> networkMap(@Argument String area, @Argument List<TieKind> kinds,
			@Argument List<NodeKind> nodeKinds, @Argument Integer first, @Argument String after) {
		return maps.page(area, kinds, nodeKinds, first, after);
	}
}
