// V065 The contact log and the referral lifecycle: constraints and indexes. Idempotent.
CREATE CONSTRAINT contact_id IF NOT EXISTS FOR (c:Contact) REQUIRE c.id IS UNIQUE;
CREATE INDEX contact_at IF NOT EXISTS FOR (c:Contact) ON (c.at);
CREATE CONSTRAINT referral_id IF NOT EXISTS FOR (r:Referral) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT referral_change_id IF NOT EXISTS FOR (c:ReferralChange) REQUIRE c.id IS UNIQUE;
CREATE INDEX referral_status IF NOT EXISTS FOR (r:Referral) ON (r.status);
