// V066 Referrals made before the closed-loop lifecycle take its statuses. Idempotent: each statement matches only
// what it has not changed yet.
// PENDING was requested, DECLINED was rejected (no reason was recorded then).
MATCH (r:Referral) WHERE r.status = 'PENDING'
SET r.status = 'REQUESTED', r.requestedAt = coalesce(r.requestedAt, r.createdAt);
MATCH (r:Referral) WHERE r.status = 'DECLINED'
SET r.status = 'REJECTED', r.requestedAt = coalesce(r.requestedAt, r.createdAt), r.reason = coalesce(r.reason, 'OTHER'),
    r.reasonText = coalesce(r.reasonText, '辞退（理由の記録なし） / declined, no reason recorded');
MATCH (r:Referral) WHERE r.status = 'ACCEPTED' AND r.acceptedAt IS NULL
SET r.acceptedAt = r.respondedAt, r.requestedAt = coalesce(r.requestedAt, r.createdAt);
MATCH (r:Referral) WHERE r.version IS NULL
SET r.version = 0;
