// Japanese names: the CJK analyzer indexes character bigrams, so 小野 finds 小野市社会福祉協議会.
CREATE FULLTEXT INDEX directory_text IF NOT EXISTS
FOR (n:Organization|Service|Network|Activity) ON EACH [n.name, n.nameKana, n.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
