package jp.tsunagu.cli;

/** {@code --name=value} options of the subcommands. */
final class Options {

	private Options() {
	}

	static String value(String[] args, String name) {
		for (String arg : args) {
			if (arg.startsWith(name + "=")) {
				return arg.substring(name.length() + 1);
			}
		}
		return null;
	}
}
