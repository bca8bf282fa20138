package jp.tsunagu.discovery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tsunagu.discovery.*}.
 *
 * @param liveContactDays a support tie is live while its last contact (or, without one, its start) lies at most this
 * many days back
 */
@ConfigurationProperties("tsunagu.discovery")
record DiscoveryProperties(@DefaultValue("180") int liveContactDays) {
}
