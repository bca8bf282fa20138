package jp.tsunagu.discovery;

import jp.tsunagu.taxonomy.Need;
import jp.tsunagu.taxonomy.RiskPathway;

/**
 * Why a need is sought before it appears (早期的な支援): the household has {@code trigger}, an earlier step of the risk
 * pathway (自殺の危機経路), and {@code need} is a later step.
 */
record PreventiveLink(RiskPathway pathway, Need trigger, Need need) {
}
