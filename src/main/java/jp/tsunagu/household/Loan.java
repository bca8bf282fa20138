package jp.tsunagu.household;

import java.time.LocalDate;

import jp.tsunagu.graph.NodeValues;
import org.neo4j.driver.types.MapAccessor;

/** A special-loan decision (特例貸付) for a household; amount in yen. */
public record Loan(String id, LoanType loanType, int amount, LocalDate decidedOn, RepaymentStatus repaymentStatus) {

	static Loan from(MapAccessor node) {
		return new Loan(NodeValues.string(node, "id"), NodeValues.enumValue(node, "loanType", LoanType.class),
				NodeValues.integer(node, "amount"), NodeValues.date(node, "decidedOn"),
				NodeValues.enumValue(node, "repaymentStatus", RepaymentStatus.class));
	}

	public String loanTypeLabelJa() {
		return loanType.labelJa();
	}

	public String repaymentStatusLabelJa() {
		return repaymentStatus.labelJa();
	}
}
