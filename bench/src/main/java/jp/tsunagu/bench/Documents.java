package jp.tsunagu.bench;

/**
 * The GraphQL documents the benchmark sends: what a frontend would ask for each screen (schema in
 * src/main/resources/graphql/ of the hub; docs/api.md, "Discovery, maps and gaps", shows the same selections).
 */
final class Documents {

	static final String DISCOVER = """
			query Discover($household: ID!) { discover(household: $household, first: 10) { totalCount
			  edges { node { rank score service { id name provider { name } } covers { code labelJa }
			    availabilityLabelJa availableIn { name } viaSupporter
			    warmestPath { length nodes { kind name } ties { kind } } reasons } } } }""";

	static final String WHO_KNOWS = """
			query WhoKnows($household: ID!) { whoKnows(household: $household) { liveContactDays
			  knowers { node { id kind name subKindLabelJa } ties { kind kindLabelJa since lastContact live }
			    lastContact live networks { id name } }
			  networks { network { id name } knowers { name } } } }""";

	static final String CONNECTION_PATH = """
			query ConnectionPath($from: ID!, $to: ID!) { connectionPath(from: $from, to: $to) {
			  length nodes { id kind name subKindLabelJa } ties { kind kindLabelJa role } } }""";

	static final String NETWORK_MAP = """
			query NetworkMap($area: String!, $after: String) { networkMap(area: $area, first: 200, after: $after) {
			  area { code name } totalCount tieCount
			  nodes { id name kind kindLabelJa subKindLabelJa degree }
			  ties { id from to kind kindLabelJa roles weight }
			  pageInfo { hasNextPage endCursor } } }""";

	static final String ORGANIZATIONS = """
			query Organizations($filter: OrganizationFilter, $after: String) {
			  organizations(filter: $filter, first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }
			    edges { node { id name kindLabelJa location { code name } fields { labelJa }
			      memberships { roleLabelJa network { name } } } } } }""";

	static final String SERVICES = """
			query Services($filter: ServiceFilter, $after: String) {
			  services(filter: $filter, first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }
			    edges { node { id name provider { name } needs { labelJa } availableIn { name } } } } }""";

	static final String HOUSEHOLDS = """
			query Households($filter: HouseholdFilter, $after: String) {
			  households(filter: $filter, first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }
			    edges { node { id code flagLabelsJa area { name } issues { need { labelJa } statusLabelJa } } } } }""";

	static final String SEARCH = """
			query Search($text: String!) { search(text: $text, first: 10) { totalCount
			  edges { node { score node { __typename
			    ... on Organization { id name kindLabelJa } ... on Service { id name }
			    ... on Network { id name kindLabelJa } ... on Activity { id name } } } } } }""";

	static final String ADD_SUPPORT = """
			mutation AddSupport($input: AddSupportInput!) { addSupport(input: $input) {
			  household { id code supporters { since lastContact } } errors { field message } } }""";

	static final String UPDATE_ORGANIZATION = """
			mutation UpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) {
			  organization { id name description updatedAt } errors { field message } } }""";

	static final String CREATE_ORGANIZATION = """
			mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) {
			  organization { id } errors { field message } } }""";

	static final String CREATE_ACCOUNT = """
			mutation CreateAccount($input: CreateAccountInput!) { createAccount(input: $input) {
			  account { username } password errors { field message } } }""";

	static final String RESET_PASSWORD = """
			mutation ResetPassword($input: ResetAccountPasswordInput!) { resetAccountPassword(input: $input) {
			  password errors { field message } } }""";

	private Documents() {
	}
}
