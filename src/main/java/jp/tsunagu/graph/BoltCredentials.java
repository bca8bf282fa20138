package jp.tsunagu.graph;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

/** A Bolt user and its password. */
record BoltCredentials(String username, String password) {

	AuthToken authToken() {
		return AuthTokens.basic(username, password);
	}

	// A record would print the password wherever the credentials end up in a log or a debugger.
	@Override
	public String toString() {
		return "BoltCredentials[username=" + username + ", password=***]";
	}
}
