// A household code is unique among the households one organisation holds, not in the whole hub: a code chosen for a
// new household then tells nothing about households held elsewhere. The code stays indexed for lookups.
DROP CONSTRAINT household_code IF EXISTS;
CREATE INDEX household_code IF NOT EXISTS FOR (n:Household) ON (n.code);
// Account changes, shown to the organisation an account is scoped to.
CREATE INDEX audit_event_account_organization IF NOT EXISTS FOR (n:AuditEvent) ON (n.accountOrganizationId);
