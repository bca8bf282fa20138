package jp.tsunagu.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True unless an external identity provider's tokens are configured: then the hub issues none of its own. */
public class LocalAccountsCondition implements Condition {

	private static final String PREFIX = "spring.security.oauth2.resourceserver.jwt.";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		return !StringUtils.hasText(environment.getProperty(PREFIX + "issuer-uri"))
				&& !StringUtils.hasText(environment.getProperty(PREFIX + "jwk-set-uri"))
				&& !StringUtils.hasText(environment.getProperty(PREFIX + "public-key-location"));
	}
}
