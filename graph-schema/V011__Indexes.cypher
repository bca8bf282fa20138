// Indexes behind every list filter and sort order of the API.
CREATE INDEX area_name IF NOT EXISTS FOR (n:Area) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX organization_archived IF NOT EXISTS FOR (n:Organization) ON (n.archived);
CREATE INDEX network_name IF NOT EXISTS FOR (n:Network) ON (n.name);
CREATE INDEX network_kind IF NOT EXISTS FOR (n:Network) ON (n.networkKind);
CREATE INDEX service_name IF NOT EXISTS FOR (n:Service) ON (n.name);
CREATE INDEX activity_name IF NOT EXISTS FOR (n:Activity) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX household_archived IF NOT EXISTS FOR (n:Household) ON (n.archived);
CREATE INDEX municipality_name IF NOT EXISTS FOR (n:Municipality) ON (n.name);
CREATE INDEX prefecture_name IF NOT EXISTS FOR (n:Prefecture) ON (n.name);
