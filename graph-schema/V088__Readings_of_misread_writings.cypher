// 障がい and 引き籠もり are now read as 障害 and 引きこもり (jp.tsunagu.naming.Reading): the readings stored for texts
// that write them are dropped, and the hub reads those texts again when it starts (jp.tsunagu.naming.NameReadings).
MATCH (n)
WHERE (n:Organization OR n:Service OR n:Network OR n:Activity)
  AND any(text IN [n.name, n.description] WHERE text CONTAINS '障がい' OR text CONTAINS '籠')
REMOVE n.nameReading, n.descriptionReading;
