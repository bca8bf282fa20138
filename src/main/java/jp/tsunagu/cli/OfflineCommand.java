package jp.tsunagu.cli;

/** A subcommand that runs against the database and exits with a status code. */
public interface OfflineCommand {

	int run(String[] args);
}
