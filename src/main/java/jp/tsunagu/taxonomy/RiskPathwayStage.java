package jp.tsunagu.taxonomy;

import java.util.List;

/** One stage of a risk pathway: needs that occur together (「+」 in the seed, 併発), none before the other. */
public record RiskPathwayStage(int position, List<Need> needs) {
}
