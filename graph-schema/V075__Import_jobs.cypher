// V075 Import jobs kept in the graph: each found by its id, listed by owner organisation newest first, expired by
// status and time. Idempotent.
CREATE CONSTRAINT import_job_id IF NOT EXISTS FOR (j:ImportJob) REQUIRE j.id IS UNIQUE;
CREATE INDEX import_job_owner_created IF NOT EXISTS FOR (j:ImportJob) ON (j.ownerOrganizationId, j.createdAt);
CREATE INDEX import_job_status IF NOT EXISTS FOR (j:ImportJob) ON (j.status);
