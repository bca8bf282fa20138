package jp.tsunagu.analytics;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyticsProperties.class)
class AnalyticsConfiguration {

	@Bean
	RuntimeWiringConfigurer jsonScalar() {
		return wiring -> wiring.scalar(JsonScalar.TYPE);
	}
}
