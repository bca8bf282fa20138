// V085 Everyday help (生活支援) as needs: 除雪 and ごみ出し, which the seeds name beside 買い物 as the everyday help
// households ask for (seed 004, 鶴田町: 除雪、買い物、ごみ出しなどの生活支援). A broad need 生活支援 holds them,
// with 買い物 (already under 移動・買い物) as a narrower need of both. Idempotent.
UNWIND [
  {code: 'daily_living', labelJa: '生活支援', labelEn: 'Everyday help', description: '除雪、ごみ出し、買い物など日々の暮らしの手助け'},
  {code: 'snow_removal', labelJa: '除雪', labelEn: 'Snow clearing', description: '自宅まわりや屋根の除雪・雪下ろし'},
  {code: 'garbage_disposal', labelJa: 'ごみ出し', labelEn: 'Taking out the rubbish', description: 'ごみを集積所まで出すこと'}
] AS row
MERGE (n:Need {code: row.code})
  ON CREATE SET n.id = randomUUID()
SET n.labelJa = row.labelJa,
    n.labelEn = row.labelEn,
    n.description = row.description;

UNWIND [
  {code: 'snow_removal', broader: 'daily_living'},
  {code: 'garbage_disposal', broader: 'daily_living'},
  {code: 'shopping', broader: 'daily_living'}
] AS row
MATCH (n:Need {code: row.code}), (b:Need {code: row.broader})
MERGE (n)-[:BROADER]->(b);
