package jp.tsunagu.analytics;

import java.util.Locale;
import java.util.Set;

import jp.tsunagu.api.InvalidArgumentException;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.tree.ParseTree;
import org.neo4j.cypher.internal.parser.v5.Cypher5Lexer;
import org.neo4j.cypher.internal.parser.v5.Cypher5Parser;

/**
 * What an analyst's query may be, decided on the statement as Neo4j's own Cypher 5 parser reads it, after
 * {@link CypherText} has turned every Unicode space and format character into an ASCII one: queries only. No
 * administration or schema command (SHOW …, TERMINATE …, CREATE USER, …) whatever its spacing, no USE, no LOAD CSV,
 * no procedures but schema look-ups, no dbms.* functions. The database itself refuses writes (a READ session), and
 * the analysts' graph is a DBMS of its own: even a statement this guard let through could not see or touch the
 * hub's transactions, users or data.
 */
final class CypherGuard {

	static final String ARGUMENT = "query";

	/** Schema and full-text look-ups. */
	private static final Set<String> PROCEDURES = Set.of("db.labels", "db.relationshiptypes", "db.propertykeys",
			"db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
			"db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships");

	private CypherGuard() {
	}

	/** @return the statement to run: the query with its spaces normalised, which is exactly what was checked */
	static String check(String query) {
		if (query == null || query.isBlank()) {
			throw refused("must not be empty");
		}
		String statement = CypherText.normalise(query);
		if (statement.isBlank()) {
			throw refused("must not be empty");
		}
		Cypher5Parser.StatementsContext statements = parse(statement);
		if (statements.statement().size() != 1) {
			throw refused("must be one statement");
		}
		Cypher5Parser.StatementContext only = statements.statement(0);
		if (only.regularQuery() == null) {
			throw refused("administration commands (" + firstWord(only) + " …) are not available to analysts; only queries are");
		}
		visit(only);
		return statement;
	}

	static Set<String> procedures() {
		return PROCEDURES;
	}

	private static void visit(ParseTree tree) {
		if (tree instanceof Cypher5Parser.CommandContext || tree instanceof Cypher5Parser.ShowCommandContext
				|| tree instanceof Cypher5Parser.TerminateCommandContext
				|| tree instanceof Cypher5Parser.ComposableCommandClausesContext) {
			throw refused("administration commands (" + firstWord((ParserRuleContext) tree)
					+ " …) are not available to analysts");
		}
		if (tree instanceof Cypher5Parser.UseClauseContext) {
			throw refused("USE is not available to analysts: they have one graph");
		}
		if (tree instanceof Cypher5Parser.LoadCSVClauseContext) {
			throw refused("LOAD CSV is not available to analysts");
		}
		if (tree instanceof Cypher5Parser.CallClauseContext call) {
			String name = name(call.procedureName().getText());
			if (!PROCEDURES.contains(name)) {
				throw refused("procedure " + name + " is not available; analysts may call "
						+ String.join(", ", PROCEDURES.stream().sorted().toList()));
			}
		}
		if (tree instanceof Cypher5Parser.FunctionInvocationContext function
				&& name(function.functionName().getText()).startsWith("dbms.")) {
			throw refused("dbms.* functions are not available to analysts");
		}
		for (int i = 0; i < tree.getChildCount(); i++) {
			visit(tree.getChild(i));
		}
	}

	/** A name as the database resolves it: quotes gone, case folded (procedure names ignore case). */
	private static String name(String text) {
		return text.replace("`", "").toLowerCase(Locale.ROOT);
	}

	private static String firstWord(ParserRuleContext context) {
		return context.getStart().getText().toUpperCase(Locale.ROOT);
	}

	private static Cypher5Parser.StatementsContext parse(String statement) {
		Cypher5Lexer lexer = new Cypher5Lexer(CharStreams.fromString(statement));
		Cypher5Parser parser = new Cypher5Parser(new CommonTokenStream(lexer));
		FirstError errors = new FirstError();
		lexer.removeErrorListeners();
		lexer.addErrorListener(errors);
		parser.removeErrorListeners();
		parser.addErrorListener(errors);
		return parser.statements();
	}

	static InvalidArgumentException refused(String reason) {
		return new InvalidArgumentException(ARGUMENT, reason);
	}

	/** The first syntax error ends the check: a statement the parser cannot read is not run. */
	private static final class FirstError extends BaseErrorListener {

		@Override
		public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
				String message, RecognitionException ex) {
			throw refused("Invalid input at line " + line + ", column " + (column + 1) + ": " + message);
		}
	}
}
