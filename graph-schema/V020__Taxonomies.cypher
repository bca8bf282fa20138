// V020 Taxonomies (data, not schema). Idempotent: every node is MERGEd on `code`,
// gets `id` only ON CREATE, and its other properties are (re)SET on every run.
// Sources: /work/shared/seeds/002 (図表3, 図表4), 003 (自殺の危機経路, 社会的孤立,
// 他制度との連携 別添1-14), 000/004 (further needs), DOMAIN.md (分野).

// ---------------------------------------------------------------------------
// 1. Need (地域生活課題) - broad needs
// ---------------------------------------------------------------------------
UNWIND [
  {code: 'household_finance', labelJa: '家計', labelEn: 'Household finances', description: '家計の問題、生活費、収入'},
  {code: 'employment', labelJa: '就労', labelEn: 'Employment and work', description: '就労の課題、仕事、職場'},
  {code: 'debt', labelJa: '債務', labelEn: 'Debt', description: '借金、多重債務、滞納、返済'},
  {code: 'food', labelJa: '食料', labelEn: 'Food', description: '食料・日用品の確保'},
  {code: 'housing', labelJa: '住まい', labelEn: 'Housing', description: '住まい・住居に関する課題'},
  {code: 'long_term_care', labelJa: '介護', labelEn: 'Long-term care', description: '介護、介護予防'},
  {code: 'childcare', labelJa: '子育て', labelEn: 'Child-rearing', description: '子育て、育児'},
  {code: 'disability', labelJa: '障害', labelEn: 'Disability', description: '障害のある人と世帯の課題'},
  {code: 'health', labelJa: '健康・医療', labelEn: 'Health and medical care', description: '病気、心身の不調、保健医療'},
  {code: 'mental_health', labelJa: 'こころの健康', labelEn: 'Mental health', description: 'うつ病、精神疾患、自殺の危険'},
  {code: 'isolation', labelJa: '孤立', labelEn: 'Social isolation', description: '地域社会からの孤立、孤独、参加する機会'},
  {code: 'advocacy', labelJa: '権利擁護', labelEn: 'Rights advocacy', description: '権利擁護支援、成年後見制度、日常生活自立支援事業'},
  {code: 'education', labelJa: '教育', labelEn: 'Education', description: '学校、学業、進路'},
  {code: 'mobility_shopping', labelJa: '移動・買い物', labelEn: 'Mobility and shopping', description: '買い物や移動手段'},
  {code: 'hikikomori', labelJa: 'ひきこもり', labelEn: 'Social withdrawal (hikikomori)', description: 'ひきこもり状態にある者'},
  {code: 'violence_abuse', labelJa: 'DV・虐待', labelEn: 'Domestic violence and abuse', description: '家庭内暴力、虐待、犯罪被害'},
  {code: 'family_relations', labelJa: '家族問題', labelEn: 'Family problems', description: '家族関係の問題(不和、離婚、死別)'}
] AS row
MERGE (n:Need {code: row.code})
  ON CREATE SET n.id = randomUUID()
SET n.labelJa = row.labelJa,
    n.labelEn = row.labelEn,
    n.description = row.description;

// ---------------------------------------------------------------------------
// 1b. Need - narrower needs. First block: every step of the 自殺の危機経路 (seed 003).
//     Second block: further needs named in seeds 000, 002, 003, 004.
// ---------------------------------------------------------------------------
UNWIND [
  {code: 'unemployment', labelJa: '失業', labelEn: 'Job loss', description: '自殺の危機経路の要因'},
  {code: 'hardship', labelJa: '生活苦', labelEn: 'Financial hardship', description: '自殺の危機経路の要因'},
  {code: 'multiple_debt', labelJa: '多重債務', labelEn: 'Multiple debts', description: '自殺の危機経路の要因'},
  {code: 'depression', labelJa: 'うつ病', labelEn: 'Depression', description: '自殺の危機経路の要因'},
  {code: 'guarantor_debt', labelJa: '連帯保証債務', labelEn: 'Joint-guarantor debt', description: '自殺の危機経路の要因'},
  {code: 'business_bankruptcy', labelJa: '倒産', labelEn: 'Business bankruptcy', description: '自殺の危機経路の要因'},
  {code: 'divorce_worries', labelJa: '離婚の悩み', labelEn: 'Worries about divorce', description: '自殺の危機経路の要因'},
  {code: 'anxiety_about_future', labelJa: '将来生活への不安', labelEn: 'Anxiety about future livelihood', description: '自殺の危機経路の要因'},
  {code: 'crime_victimization', labelJa: '犯罪被害', labelEn: 'Crime victimization', description: '性的暴行など(自殺の危機経路の要因)'},
  {code: 'mental_illness', labelJa: '精神疾患', labelEn: 'Mental illness', description: '自殺の危機経路の要因'},
  {code: 'heartbreak', labelJa: '失恋', labelEn: 'Romantic breakup', description: '自殺の危機経路の要因'},
  {code: 'job_reassignment', labelJa: '配置転換', labelEn: 'Job reassignment', description: '自殺の危機経路の要因'},
  {code: 'overwork', labelJa: '過労', labelEn: 'Overwork', description: '自殺の危機経路の要因'},
  {code: 'workplace_relationships', labelJa: '職場の人間関係', labelEn: 'Workplace relationships', description: '自殺の危機経路の要因'},
  {code: 'promotion', labelJa: '昇進', labelEn: 'Promotion', description: '自殺の危機経路の要因'},
  {code: 'work_failure', labelJa: '仕事の失敗', labelEn: 'Failure at work', description: '自殺の危機経路の要因'},
  {code: 'workplace_bullying', labelJa: '職場のいじめ', labelEn: 'Workplace bullying', description: '自殺の危機経路の要因'},
  {code: 'business_slump', labelJa: '事業不振', labelEn: 'Business slump', description: '自営者の事業不振(自殺の危機経路の要因)'},
  {code: 'caregiver_burnout', labelJa: '介護疲れ', labelEn: 'Caregiver burnout', description: '自殺の危機経路の要因'},
  {code: 'physical_illness', labelJa: '身体疾患', labelEn: 'Physical illness', description: '自殺の危機経路の要因'},
  {code: 'dismissal', labelJa: '解雇', labelEn: 'Dismissal', description: '自殺の危機経路の要因'},
  {code: 'reemployment_failure', labelJa: '再就職失敗', labelEn: 'Failure to find re-employment', description: '自殺の危機経路の要因'},
  {code: 'forced_startup', labelJa: 'やむを得ず起業', labelEn: 'Self-employment out of necessity', description: '自殺の危機経路の要因'},
  {code: 'childrearing_worries', labelJa: '子育ての悩み', labelEn: 'Child-rearing worries', description: '自殺の危機経路の要因'},
  {code: 'marital_discord', labelJa: '夫婦間の不和', labelEn: 'Marital discord', description: '自殺の危機経路の要因'},
  {code: 'domestic_violence', labelJa: 'DV', labelEn: 'Domestic violence', description: '家庭内暴力(自殺の危機経路の要因)'},
  {code: 'bereavement', labelJa: '家族の死', labelEn: 'Death of a family member', description: '自殺の危機経路の要因'},
  {code: 'bullying', labelJa: 'いじめ', labelEn: 'Bullying', description: '学生(自殺の危機経路の要因)'},
  {code: 'academic_difficulty', labelJa: '学業不振', labelEn: 'Poor academic performance', description: '自殺の危機経路の要因'},
  {code: 'school_relationships', labelJa: '学内の人間関係', labelEn: 'Relationships at school', description: '教師との関係を含む(自殺の危機経路の要因)'},
  {code: 'career_worries', labelJa: '進路の悩み', labelEn: 'Worries about career path', description: '自殺の危機経路の要因'},
  {code: 'parent_child_discord', labelJa: '親子間の不和', labelEn: 'Parent-child discord', description: '自殺の危機経路の要因'},
  {code: 'suicide_risk', labelJa: '自殺の危険性', labelEn: 'Suicide risk', description: '自殺の危機経路の終点。自殺の危険性が高い者への連携した対応'}
] AS row
MERGE (n:Need {code: row.code})
  ON CREATE SET n.id = randomUUID()
SET n.labelJa = row.labelJa,
    n.labelEn = row.labelEn,
    n.description = row.description;

UNWIND [
  {code: 'income_loss', labelJa: '減収', labelEn: 'Loss of income', description: '失業や減収等で生計の維持が困難(コロナ禍)'},
  {code: 'household_budgeting', labelJa: '家計管理', labelEn: 'Household budgeting', description: '家計管理の課題(特例貸付の相談世帯)'},
  {code: 'unstable_employment', labelJa: '雇用の不安定', labelEn: 'Unstable employment', description: '雇用が不安定、非正規雇用'},
  {code: 'premium_arrears', labelJa: '保険料(税)滞納', labelEn: 'Arrears of insurance premiums (tax)', description: '国民健康保険・後期高齢者医療の保険料(税)滞納、納付相談'},
  {code: 'loan_repayment_difficulty', labelJa: '償還困難', labelEn: 'Difficulty repaying welfare loans', description: '生活福祉資金(特例貸付)の返済が難しい'},
  {code: 'housing_security', labelJa: '住居確保', labelEn: 'Securing housing', description: '住居に関する課題、住居確保給付金'},
  {code: 'hoarding_home', labelJa: 'ごみ屋敷', labelEn: 'Hoarder home (gomi-yashiki)', description: 'いわゆるごみ屋敷(制度の狭間)'},
  {code: 'shopping', labelJa: '買い物', labelEn: 'Shopping', description: '高齢者の買い物のニーズ'},
  {code: 'transport_means', labelJa: '移動手段', labelEn: 'Means of transport', description: '高齢者の移動手段のニーズ'},
  {code: 'loneliness', labelJa: '孤独', labelEn: 'Loneliness', description: '望まない孤独・孤立'},
  {code: 'social_participation', labelJa: '参加する機会の確保', labelEn: 'Opportunities to participate', description: 'あらゆる分野の活動に参加する機会の確保の課題'},
  {code: 'loss_of_will_to_live', labelJa: '生きる意欲の喪失', labelEn: 'Loss of will to live', description: '社会的孤立の帰結'},
  {code: 'self_neglect', labelJa: 'セルフネグレクト', labelEn: 'Self-neglect', description: '自暴自棄(社会的孤立の帰結)'},
  {code: 'abuse', labelJa: '虐待', labelEn: 'Abuse', description: '家庭内暴力や虐待'},
  {code: 'mental_disability', labelJa: '精神障害', labelEn: 'Psychiatric disability', description: '精神障害がある人からの相談'},
  {code: 'suspected_disability', labelJa: '障害の疑い', labelEn: 'Suspected disability', description: '障害の疑いがあるが手帳申請を拒否 等(制度の狭間)'},
  {code: 'care_prevention', labelJa: '介護予防', labelEn: 'Prevention of care needs', description: '要介護状態若しくは要支援状態となることの予防'},
  {code: 'eighty_fifty', labelJa: '8050', labelEn: '8050 problem', description: '高齢の親と無職独身の50代の子が同居'},
  {code: 'double_care', labelJa: 'ダブルケア', labelEn: 'Double care', description: '介護と育児に同時に直面する世帯'},
  {code: 'young_carer', labelJa: 'ヤングケアラー', labelEn: 'Young carer', description: '家族の介護等を担う子ども'}
] AS row
MERGE (n:Need {code: row.code})
  ON CREATE SET n.id = randomUUID()
SET n.labelJa = row.labelJa,
    n.labelEn = row.labelEn,
    n.description = row.description;

// (:Need)-[:BROADER]->(:Need), narrower -> broader (a need may have more than one broader need)
UNWIND [
  {code: 'unemployment', broader: ['employment']},
  {code: 'hardship', broader: ['household_finance']},
  {code: 'multiple_debt', broader: ['debt']},
  {code: 'depression', broader: ['mental_health']},
  {code: 'guarantor_debt', broader: ['debt']},
  {code: 'business_bankruptcy', broader: ['employment', 'debt']},
  {code: 'divorce_worries', broader: ['family_relations']},
  {code: 'anxiety_about_future', broader: ['mental_health']},
  {code: 'crime_victimization', broader: ['violence_abuse']},
  {code: 'mental_illness', broader: ['mental_health']},
  {code: 'heartbreak', broader: ['mental_health']},
  {code: 'job_reassignment', broader: ['employment']},
  {code: 'overwork', broader: ['employment', 'health']},
  {code: 'workplace_relationships', broader: ['employment']},
  {code: 'promotion', broader: ['employment']},
  {code: 'work_failure', broader: ['employment']},
  {code: 'workplace_bullying', broader: ['employment']},
  {code: 'business_slump', broader: ['employment']},
  {code: 'caregiver_burnout', broader: ['long_term_care']},
  {code: 'physical_illness', broader: ['health']},
  {code: 'dismissal', broader: ['employment']},
  {code: 'reemployment_failure', broader: ['employment']},
  {code: 'forced_startup', broader: ['employment']},
  {code: 'childrearing_worries', broader: ['childcare']},
  {code: 'marital_discord', broader: ['family_relations']},
  {code: 'domestic_violence', broader: ['violence_abuse']},
  {code: 'bereavement', broader: ['family_relations']},
  {code: 'bullying', broader: ['education']},
  {code: 'academic_difficulty', broader: ['education']},
  {code: 'school_relationships', broader: ['education']},
  {code: 'career_worries', broader: ['education']},
  {code: 'parent_child_discord', broader: ['family_relations']},
  {code: 'suicide_risk', broader: ['mental_health']},
  {code: 'income_loss', broader: ['household_finance']},
  {code: 'household_budgeting', broader: ['household_finance']},
  {code: 'unstable_employment', broader: ['employment']},
  {code: 'premium_arrears', broader: ['household_finance', 'debt']},
  {code: 'loan_repayment_difficulty', broader: ['debt']},
  {code: 'housing_security', broader: ['housing']},
  {code: 'hoarding_home', broader: ['housing', 'isolation']},
  {code: 'shopping', broader: ['mobility_shopping']},
  {code: 'transport_means', broader: ['mobility_shopping']},
  {code: 'loneliness', broader: ['isolation']},
  {code: 'social_participation', broader: ['isolation']},
  {code: 'loss_of_will_to_live', broader: ['mental_health', 'isolation']},
  {code: 'self_neglect', broader: ['isolation', 'mental_health']},
  {code: 'abuse', broader: ['violence_abuse']},
  {code: 'mental_disability', broader: ['disability', 'mental_health']},
  {code: 'suspected_disability', broader: ['disability']},
  {code: 'care_prevention', broader: ['long_term_care']},
  {code: 'eighty_fifty', broader: ['long_term_care', 'employment']},
  {code: 'double_care', broader: ['long_term_care', 'childcare']},
  {code: 'young_carer', broader: ['long_term_care', 'childcare']}
] AS row
MATCH (n:Need {code: row.code})
UNWIND row.broader AS broaderCode
MATCH (b:Need {code: broaderCode})
MERGE (n)-[:BROADER]->(b);

// ---------------------------------------------------------------------------
// 2. RiskPathway (自殺の危機経路, seed 003: 「→」=連鎖、「+」=併発).
//    All 14 example pathways, in the order of the seed. labelJa is the chain of the seed verbatim.
//    Steps joined by 「+」 (併発) share the same position. The final step 自殺 maps to
//    the Need suicide_risk. groupJa/groupEn: the heading in the seed (who the pathway is about).
// ---------------------------------------------------------------------------
UNWIND [
  {code: 'pathway_1', groupJa: '無職者(就業経験あり)', groupEn: 'Not working (with work experience)',
   labelJa: '失業→生活苦→多重債務→うつ病→自殺',
   labelEn: 'Job loss → financial hardship → multiple debts → depression → suicide',
   steps: [{p: 1, need: 'unemployment'}, {p: 2, need: 'hardship'}, {p: 3, need: 'multiple_debt'}, {p: 4, need: 'depression'}, {p: 5, need: 'suicide_risk'}]},
  {code: 'pathway_2', groupJa: '無職者(就業経験あり)', groupEn: 'Not working (with work experience)',
   labelJa: '連帯保証債務→倒産→離婚の悩み+将来生活への不安→自殺',
   labelEn: 'Joint-guarantor debt → bankruptcy → worries about divorce + anxiety about future livelihood → suicide',
   steps: [{p: 1, need: 'guarantor_debt'}, {p: 2, need: 'business_bankruptcy'}, {p: 3, need: 'divorce_worries'}, {p: 3, need: 'anxiety_about_future'}, {p: 4, need: 'suicide_risk'}]},
  {code: 'pathway_3', groupJa: '無職者(就業経験あり)', groupEn: 'Not working (with work experience)',
   labelJa: '犯罪被害(性的暴行など)→精神疾患→失業+失恋→自殺',
   labelEn: 'Crime victimization (e.g. sexual assault) → mental illness → job loss + romantic breakup → suicide',
   steps: [{p: 1, need: 'crime_victimization'}, {p: 2, need: 'mental_illness'}, {p: 3, need: 'unemployment'}, {p: 3, need: 'heartbreak'}, {p: 4, need: 'suicide_risk'}]},
  {code: 'pathway_4', groupJa: '被雇用者', groupEn: 'Employees',
   labelJa: '配置転換→過労+職場の人間関係→うつ病→自殺',
   labelEn: 'Job reassignment → overwork + workplace relationships → depression → suicide',
   steps: [{p: 1, need: 'job_reassignment'}, {p: 2, need: 'overwork'}, {p: 2, need: 'workplace_relationships'}, {p: 3, need: 'depression'}, {p: 4, need: 'suicide_risk'}]},
  {code: 'pathway_5', groupJa: '被雇用者', groupEn: 'Employees',
   labelJa: '昇進→過労→仕事の失敗→職場の人間関係→自殺',
   labelEn: 'Promotion → overwork → failure at work → workplace relationships → suicide',
   steps: [{p: 1, need: 'promotion'}, {p: 2, need: 'overwork'}, {p: 3, need: 'work_failure'}, {p: 4, need: 'workplace_relationships'}, {p: 5, need: 'suicide_risk'}]},
  {code: 'pathway_6', groupJa: '被雇用者', groupEn: 'Employees',
   labelJa: '職場のいじめ→うつ病→自殺',
   labelEn: 'Workplace bullying → depression → suicide',
   steps: [{p: 1, need: 'workplace_bullying'}, {p: 2, need: 'depression'}, {p: 3, need: 'suicide_risk'}]},
  {code: 'pathway_7', groupJa: '自営者', groupEn: 'Self-employed',
   labelJa: '事業不振→生活苦→多重債務→うつ病→自殺',
   labelEn: 'Business slump → financial hardship → multiple debts → depression → suicide',
   steps: [{p: 1, need: 'business_slump'}, {p: 2, need: 'hardship'}, {p: 3, need: 'multiple_debt'}, {p: 4, need: 'depression'}, {p: 5, need: 'suicide_risk'}]},
  {code: 'pathway_8', groupJa: '自営者', groupEn: 'Self-employed',
   labelJa: '介護疲れ→事業不振→過労→身体疾患+うつ病→自殺',
   labelEn: 'Caregiver burnout → business slump → overwork → physical illness + depression → suicide',
   steps: [{p: 1, need: 'caregiver_burnout'}, {p: 2, need: 'business_slump'}, {p: 3, need: 'overwork'}, {p: 4, need: 'physical_illness'}, {p: 4, need: 'depression'}, {p: 5, need: 'suicide_risk'}]},
  {code: 'pathway_9', groupJa: '自営者', groupEn: 'Self-employed',
   labelJa: '解雇→再就職失敗→やむを得ず起業→事業不振→多重債務→生活苦→自殺',
   labelEn: 'Dismissal → failure to find re-employment → self-employment out of necessity → business slump → multiple debts → financial hardship → suicide',
   steps: [{p: 1, need: 'dismissal'}, {p: 2, need: 'reemployment_failure'}, {p: 3, need: 'forced_startup'}, {p: 4, need: 'business_slump'}, {p: 5, need: 'multiple_debt'}, {p: 6, need: 'hardship'}, {p: 7, need: 'suicide_risk'}]},
  {code: 'pathway_10', groupJa: '無職者(就業経験なし)', groupEn: 'Not working (without work experience)',
   labelJa: '子育ての悩み→夫婦間の不和→うつ病→自殺',
   labelEn: 'Child-rearing worries → marital discord → depression → suicide',
   steps: [{p: 1, need: 'childrearing_worries'}, {p: 2, need: 'marital_discord'}, {p: 3, need: 'depression'}, {p: 4, need: 'suicide_risk'}]},
  {code: 'pathway_11', groupJa: '無職者(就業経験なし)', groupEn: 'Not working (without work experience)',
   labelJa: 'DV→うつ病+離婚の悩み→生活苦→多重債務→自殺',
   labelEn: 'Domestic violence → depression + worries about divorce → financial hardship → multiple debts → suicide',
   steps: [{p: 1, need: 'domestic_violence'}, {p: 2, need: 'depression'}, {p: 2, need: 'divorce_worries'}, {p: 3, need: 'hardship'}, {p: 4, need: 'multiple_debt'}, {p: 5, need: 'suicide_risk'}]},
  {code: 'pathway_12', groupJa: '無職者(就業経験なし)', groupEn: 'Not working (without work experience)',
   labelJa: '身体疾患+家族の死→将来生活への不安→自殺',
   labelEn: 'Physical illness + death of a family member → anxiety about future livelihood → suicide',
   steps: [{p: 1, need: 'physical_illness'}, {p: 1, need: 'bereavement'}, {p: 2, need: 'anxiety_about_future'}, {p: 3, need: 'suicide_risk'}]},
  {code: 'pathway_13', groupJa: '学生', groupEn: 'Students',
   labelJa: 'いじめ→学業不振+学内の人間関係(教師と)→進路の悩み→自殺',
   labelEn: 'Bullying → poor academic performance + relationships at school (with teachers) → worries about career path → suicide',
   steps: [{p: 1, need: 'bullying'}, {p: 2, need: 'academic_difficulty'}, {p: 2, need: 'school_relationships'}, {p: 3, need: 'career_worries'}, {p: 4, need: 'suicide_risk'}]},
  {code: 'pathway_14', groupJa: '学生', groupEn: 'Students',
   labelJa: '親子間の不和→ひきこもり→うつ病→将来生活への不安→自殺',
   labelEn: 'Parent-child discord → social withdrawal (hikikomori) → depression → anxiety about future livelihood → suicide',
   steps: [{p: 1, need: 'parent_child_discord'}, {p: 2, need: 'hikikomori'}, {p: 3, need: 'depression'}, {p: 4, need: 'anxiety_about_future'}, {p: 5, need: 'suicide_risk'}]}
] AS row
MERGE (rp:RiskPathway {code: row.code})
  ON CREATE SET rp.id = randomUUID()
SET rp.labelJa = row.labelJa,
    rp.labelEn = row.labelEn,
    rp.groupJa = row.groupJa,
    rp.groupEn = row.groupEn
WITH rp, row
UNWIND row.steps AS step
MATCH (n:Need {code: step.need})
MERGE (rp)-[s:HAS_STEP]->(n)
SET s.position = step.p;

// ---------------------------------------------------------------------------
// 3. IsolationKind: 社会的孤立 Social Isolation (seed 003), the six kinds in the order of the seed
// ---------------------------------------------------------------------------
UNWIND [
  {code: 'family', labelJa: '家族からの孤立', labelEn: 'Isolation from family'},
  {code: 'neighborhood', labelJa: '近隣社会からの孤立', labelEn: 'Isolation from the neighborhood community'},
  {code: 'group_organization', labelJa: '集団、組織からの孤立', labelEn: 'Isolation from groups and organizations'},
  {code: 'information', labelJa: '情報からの孤立', labelEn: 'Isolation from information'},
  {code: 'institution_service', labelJa: '制度・サービスからの孤立', labelEn: 'Isolation from institutions and services'},
  {code: 'social_role', labelJa: '社会的役割からの孤立', labelEn: 'Isolation from social roles'}
] AS row
MERGE (k:IsolationKind {code: row.code})
  ON CREATE SET k.id = randomUUID()
SET k.labelJa = row.labelJa,
    k.labelEn = row.labelEn;

// ---------------------------------------------------------------------------
// 4. Field (分野): welfare sub-fields, then the fields beyond welfare (DOMAIN.md)
// ---------------------------------------------------------------------------
UNWIND [
  {code: 'elderly', labelJa: '高齢', labelEn: 'Older people'},
  {code: 'disability', labelJa: '障害', labelEn: 'Disability'},
  {code: 'children', labelJa: '児童・子ども', labelEn: 'Children'},
  {code: 'nursery', labelJa: '保育', labelEn: 'Nursery and day care'},
  {code: 'poverty', labelJa: '生活困窮', labelEn: 'Poverty and hardship'},
  {code: 'community_welfare', labelJa: '地域福祉', labelEn: 'Community welfare'},
  {code: 'health_medical', labelJa: '保健・医療', labelEn: 'Health and medical care'},
  {code: 'employment', labelJa: '雇用・就労', labelEn: 'Employment and work'},
  {code: 'education', labelJa: '教育', labelEn: 'Education'},
  {code: 'housing', labelJa: '住まい', labelEn: 'Housing'},
  {code: 'justice', labelJa: '司法', labelEn: 'Justice and legal services'},
  {code: 'finance', labelJa: '金融', labelEn: 'Finance'},
  {code: 'industry', labelJa: '産業', labelEn: 'Industry'},
  {code: 'agriculture', labelJa: '農林水産業', labelEn: 'Agriculture, forestry and fisheries'},
  {code: 'transport', labelJa: '交通', labelEn: 'Transport'},
  {code: 'regional_revitalization', labelJa: '地方創生', labelEn: 'Regional revitalization'},
  {code: 'ict', labelJa: 'ICT', labelEn: 'ICT'},
  {code: 'media', labelJa: 'メディア', labelEn: 'Media'}
] AS row
MERGE (f:Field {code: row.code})
  ON CREATE SET f.id = randomUUID()
SET f.labelJa = row.labelJa,
    f.labelEn = row.labelEn;

// ---------------------------------------------------------------------------
// 5. SupportFunction: 重層的支援体制整備事業 (社会福祉法第106条の4第2項), seed 002 図表3.
//    Functions 2, 4, 5, 6 are marked 新 (new functions, funded by 図表4).
// ---------------------------------------------------------------------------
UNWIND [
  {code: '1', number: 1, labelJa: '相談支援', labelEn: 'Consultation support',
   description: '第1号(イ・ロ・ハ・ニ)。属性を問わない相談支援。既存制度の対象事業(介護・障害・子ども・困窮)'},
  {code: '2', number: 2, labelJa: '参加支援', labelEn: 'Participation support',
   description: '第2号(新)。社会とのつながりを回復するため、既存の取組では対応できない狭間のニーズについて、就労支援や見守り等居住支援などを提供'},
  {code: '3', number: 3, labelJa: '地域づくりに向けた支援', labelEn: 'Support for community building',
   description: '第3号(イ・ロ・ハ・ニ)。既存制度の対象事業(介護・障害・子ども)。生活困窮者の共助の基盤づくり事業は第3号柱書に含まれる'},
  {code: '4', number: 4, labelJa: 'アウトリーチ等を通じた継続的支援', labelEn: 'Continuous support through outreach',
   description: '第4号(新)。訪問等により継続的に繋がり続ける機能'},
  {code: '5', number: 5, labelJa: '多機関協働', labelEn: 'Multi-agency collaboration',
   description: '第5号(新)。世帯を取り巻く支援関係者全体を調整する機能'},
  {code: '6', number: 6, labelJa: '支援プランの作成', labelEn: 'Drawing up support plans',
   description: '第6号(新)。支援プランの作成は、多機関協働と一体的に実施'}
] AS row
MERGE (sf:SupportFunction {code: row.code})
  ON CREATE SET sf.id = randomUUID()
SET sf.number = row.number,
    sf.labelJa = row.labelJa,
    sf.labelEn = row.labelEn,
    sf.description = row.description;

// Sub-areas: the existing programmes covered by functions 1 and 3 (図表3 既存制度の対象事業)
UNWIND [
  {code: '1.1', parent: '1', number: 1, labelJa: '地域包括支援センターの運営',
   labelEn: 'Operation of community general support centers', description: '【介護】第1号イ'},
  {code: '1.2', parent: '1', number: 1, labelJa: '障害者相談支援事業',
   labelEn: 'Consultation support for persons with disabilities', description: '【障害】第1号ロ'},
  {code: '1.3', parent: '1', number: 1, labelJa: '利用者支援事業',
   labelEn: 'User support programme (children and child-rearing)', description: '【子ども】第1号ハ'},
  {code: '1.4', parent: '1', number: 1, labelJa: '自立相談支援事業',
   labelEn: 'Self-reliance consultation support (needy persons)', description: '【困窮】第1号ニ'},
  {code: '3.1', parent: '3', number: 3, labelJa: '一般介護予防事業のうち厚生労働大臣が定めるもの（地域介護予防活動支援事業）',
   labelEn: 'General care-prevention programmes designated by the Minister (community care-prevention activity support)', description: '【介護】第3号イ'},
  {code: '3.2', parent: '3', number: 3, labelJa: '生活支援体制整備事業',
   labelEn: 'Development of the daily-life support system', description: '【介護】第3号ロ'},
  {code: '3.3', parent: '3', number: 3, labelJa: '地域活動支援センター事業',
   labelEn: 'Community activity support centers (disability)', description: '【障害】第3号ハ'},
  {code: '3.4', parent: '3', number: 3, labelJa: '地域子育て支援拠点事業',
   labelEn: 'Community child-rearing support hubs', description: '【子ども】第3号ニ'}
] AS row
MERGE (sf:SupportFunction {code: row.code})
  ON CREATE SET sf.id = randomUUID()
SET sf.number = row.number,
    sf.labelJa = row.labelJa,
    sf.labelEn = row.labelEn,
    sf.description = row.description
WITH sf, row
MATCH (parent:SupportFunction {code: row.parent})
MERGE (sf)-[:PART_OF]->(parent);

// ---------------------------------------------------------------------------
// 6. PartnerSystem: the 14 systems of 「生活困窮者自立支援制度と関係制度等との連携について」
//    (厚労省 事務連絡 平成27年3月27日, 別添1-14, seed 003), in the order of the seed.
// ---------------------------------------------------------------------------
UNWIND [
  {code: 'partner_01', labelJa: '生活保護制度', labelEn: 'Public assistance'},
  {code: 'partner_02', labelJa: 'ひとり親家庭等福祉対策及び児童福祉施策', labelEn: 'Welfare for single-parent families and child welfare'},
  {code: 'partner_03', labelJa: '障害保健福祉施策', labelEn: 'Health and welfare for persons with disabilities'},
  {code: 'partner_04', labelJa: '介護保険制度', labelEn: 'Long-term care insurance'},
  {code: 'partner_05', labelJa: '労働基準行政', labelEn: 'Labour administration'},
  {code: 'partner_06', labelJa: '年金制度', labelEn: 'Pension system (national pension premium exemption)'},
  {code: 'partner_07', labelJa: '教育施策', labelEn: 'Education policy'},
  {code: 'partner_08', labelJa: '矯正施設', labelEn: 'Correctional facilities (persons released)'},
  {code: 'partner_09', labelJa: '農林水産分野', labelEn: 'Agriculture, forestry and fisheries'},
  {code: 'partner_10', labelJa: '住居確保給付金', labelEn: 'Housing security benefit'},
  {code: 'partner_11', labelJa: '多重債務者対策', labelEn: 'Multiple-debt countermeasures'},
  {code: 'partner_12', labelJa: '子ども・若者育成支援施策', labelEn: 'Children and youth development support'},
  {code: 'partner_13', labelJa: '居住支援協議会', labelEn: 'Housing support councils'},
  {code: 'partner_14', labelJa: '地域福祉施策', labelEn: 'Community welfare policy'}
] AS row
MERGE (ps:PartnerSystem {code: row.code})
  ON CREATE SET ps.id = randomUUID()
SET ps.labelJa = row.labelJa,
    ps.labelEn = row.labelEn;

// ---------------------------------------------------------------------------
// 7. SubsidyBand: 令和4年度における新たな機能分の補助基準額 (seed 002 図表4, FY2022).
//    One base amount per band for the new functions together (the table does not split it).
//    minPopulation inclusive (以上), maxPopulation inclusive = next threshold - 1 (未満),
//    null for the open-ended top band. 国の補助率 3/4 in the transition period.
// ---------------------------------------------------------------------------
UNWIND [
  {code: 'fy2022_band_1', minPopulation: 0, maxPopulation: 9999, labelJa: '10,000人未満', labelEn: 'Under 10,000', baseAmountYen: 25300000},
  {code: 'fy2022_band_2', minPopulation: 10000, maxPopulation: 29999, labelJa: '10,000人以上 ～ 30,000人未満', labelEn: '10,000 to under 30,000', baseAmountYen: 28000000},
  {code: 'fy2022_band_3', minPopulation: 30000, maxPopulation: 49999, labelJa: '30,000人以上 ～ 50,000人未満', labelEn: '30,000 to under 50,000', baseAmountYen: 31000000},
  {code: 'fy2022_band_4', minPopulation: 50000, maxPopulation: 99999, labelJa: '50,000人以上 ～ 100,000人未満', labelEn: '50,000 to under 100,000', baseAmountYen: 33800000},
  {code: 'fy2022_band_5', minPopulation: 100000, maxPopulation: 199999, labelJa: '100,000人以上 ～ 200,000人未満', labelEn: '100,000 to under 200,000', baseAmountYen: 42000000},
  {code: 'fy2022_band_6', minPopulation: 200000, maxPopulation: 299999, labelJa: '200,000人以上 ～ 300,000人未満', labelEn: '200,000 to under 300,000', baseAmountYen: 50500000},
  {code: 'fy2022_band_7', minPopulation: 300000, maxPopulation: 499999, labelJa: '300,000人以上 ～ 500,000人未満', labelEn: '300,000 to under 500,000', baseAmountYen: 56000000},
  {code: 'fy2022_band_8', minPopulation: 500000, maxPopulation: null, labelJa: '500,000人以上', labelEn: '500,000 and over', baseAmountYen: 61800000}
] AS row
MERGE (sb:SubsidyBand {code: row.code})
  ON CREATE SET sb.id = randomUUID()
SET sb.fiscalYear = 2022,
    sb.minPopulation = row.minPopulation,
    sb.maxPopulation = row.maxPopulation,
    sb.labelJa = row.labelJa,
    sb.labelEn = row.labelEn,
    sb.baseAmountYen = row.baseAmountYen;
