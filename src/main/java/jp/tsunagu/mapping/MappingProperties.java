package jp.tsunagu.mapping;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tsunagu.mapping.*}: how large a map the hub draws.
 *
 * @param maxMapNodes the most nodes a {@code networkMap} may hold, all pages together: its degrees and order are
 * computed over the whole map on every page, so a larger area is refused (BAD_REQUEST naming {@code area})
 */
@ConfigurationProperties("tsunagu.mapping")
record MappingProperties(@DefaultValue("20000") int maxMapNodes) {

	MappingProperties {
		if (maxMapNodes < 1) {
			throw new IllegalArgumentException("tsunagu.mapping.max-map-nodes must be 1 or more, was " + maxMapNodes);
		}
	}
}
