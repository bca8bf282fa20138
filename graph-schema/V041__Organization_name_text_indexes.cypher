// organizations(filter: {text}) looks for the text anywhere in a name or its kana (CONTAINS): a text index answers
// that from the index instead of reading every organisation's names (at scale 0.2, 252,000 db hits became 370).
CREATE TEXT INDEX organization_name_text IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE TEXT INDEX organization_name_kana_text IF NOT EXISTS FOR (n:Organization) ON (n.nameKana);
