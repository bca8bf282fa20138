// Bulk loads (the generate command, later file imports) record how far each run got, per step and lane.
CREATE CONSTRAINT bulk_checkpoint_key IF NOT EXISTS FOR (n:BulkCheckpoint) REQUIRE n.key IS UNIQUE;
