// V060 The outbox of events: one node per event, numbered by one counter node. Idempotent.
CREATE CONSTRAINT outbox_event_sequence IF NOT EXISTS FOR (e:OutboxEvent) REQUIRE e.sequence IS UNIQUE;
CREATE CONSTRAINT outbox_sequence_name IF NOT EXISTS FOR (s:OutboxSequence) REQUIRE s.name IS UNIQUE;
CREATE INDEX outbox_event_created_at IF NOT EXISTS FOR (e:OutboxEvent) ON (e.createdAt);
