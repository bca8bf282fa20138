// What each of the 14 partner systems of 生活困窮者自立支援制度 feeds (seed 003, 連携通知 and 「連携の例」):
// - the 重層 functions (seed 002, 図表3): every system works with 自立相談支援事業 (1.4), since the seed puts it at the
//   core: 「自立相談支援事業を中核に、任意事業の活用や他制度との連携により…」. A system whose own programmes make up a
//   function or sub-area (図表3's 【介護】【障害】【子ども】) feeds it too. 労働, 農林水産 and 居住支援 feed 参加支援 (2),
//   which 図表3 describes as 「就労支援や見守り等居住支援などを提供」 and the seed's examples as ハローワークとのチーム
//   支援, 農林水産分野における就労の場の確保, 住居に関する課題への連携した対応. 地域福祉施策 feeds 地域づくり (3):
//   「地域住民相互の支え合い等インフォーマルな支援の創出」「地域のネットワーク強化」.
// - the needs the seed's examples of each system name (CONCERNS);
// - the institutions the seed names in brackets (institutionsJa), and of those, the kinds the directory records
//   (agencyTypes, organizationKinds): a service of such an institution is fed by the system.
UNWIND [
  {code: 'partner_01', functions: ['1.4'], needs: ['household_finance', 'hardship'],
   institutionsJa: '福祉事務所', agencyTypes: [], organizationKinds: []},
  {code: 'partner_02', functions: ['1.4', '1.3', '3.4'], needs: ['childcare'],
   institutionsJa: '福祉事務所、児童養護施設等', agencyTypes: [], organizationKinds: []},
  {code: 'partner_03', functions: ['1.4', '1.2', '3.3'], needs: ['disability', 'suspected_disability'],
   institutionsJa: '障害者就業・生活支援センター等', agencyTypes: [], organizationKinds: []},
  {code: 'partner_04', functions: ['1.4', '1.1', '3.1', '3.2'], needs: ['long_term_care'],
   institutionsJa: '地域包括支援センター等', agencyTypes: ['COMMUNITY_GENERAL_SUPPORT_CENTER'], organizationKinds: []},
  {code: 'partner_05', functions: ['1.4', '2'], needs: ['employment'],
   institutionsJa: 'ハローワーク、地域若者サポートステーション等', agencyTypes: ['HELLO_WORK'], organizationKinds: []},
  {code: 'partner_06', functions: ['1.4'], needs: [],
   institutionsJa: null, agencyTypes: [], organizationKinds: []},
  {code: 'partner_07', functions: ['1.4'], needs: ['education'],
   institutionsJa: '教育委員会、スクールソーシャルワーカー等', agencyTypes: [], organizationKinds: []},
  {code: 'partner_08', functions: ['1.4'], needs: [],
   institutionsJa: '保護観察所等', agencyTypes: [], organizationKinds: []},
  {code: 'partner_09', functions: ['1.4', '2'], needs: ['employment'],
   institutionsJa: null, agencyTypes: [], organizationKinds: []},
  {code: 'partner_10', functions: ['1.4'], needs: ['housing_security'],
   institutionsJa: null, agencyTypes: [], organizationKinds: []},
  {code: 'partner_11', functions: ['1.4'], needs: ['debt', 'multiple_debt'],
   institutionsJa: '多重債務者相談窓口、法テラス、弁護士会等', agencyTypes: ['LEGAL_SUPPORT_CENTER'], organizationKinds: []},
  {code: 'partner_12', functions: ['1.4'], needs: [],
   institutionsJa: '子ども・若者支援地域協議会等', agencyTypes: [], organizationKinds: []},
  {code: 'partner_13', functions: ['1.4', '2'], needs: ['housing'],
   institutionsJa: '居住支援協議会', agencyTypes: [], organizationKinds: []},
  {code: 'partner_14', functions: ['1.4', '3'], needs: ['isolation'],
   institutionsJa: '社会福祉協議会、民生委員・児童委員、よりそいホットライン等', agencyTypes: [],
   organizationKinds: ['COUNCIL']}
] AS row
MATCH (ps:PartnerSystem {code: row.code})
SET ps.institutionsJa = row.institutionsJa,
    ps.agencyTypes = row.agencyTypes,
    ps.organizationKinds = row.organizationKinds
WITH ps, row
CALL (ps, row) {
  UNWIND row.functions AS code
  MATCH (f:SupportFunction {code: code})
  MERGE (ps)-[:FEEDS]->(f)
}
CALL (ps, row) {
  UNWIND row.needs AS code
  MATCH (n:Need {code: code})
  MERGE (ps)-[:CONCERNS]->(n)
};
