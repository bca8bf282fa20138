// V050 Risk pathways: the order in which the seed names each step (seed 003, 自殺の危機経路).
// Steps joined by 「+」 share a position (they occur together, 併発); among them `order` keeps the seed's wording
// (失業+失恋, not 失恋+失業) so that a list of steps reads as the seed does. Idempotent.
UNWIND [
  {code: 'pathway_1', needs: ['unemployment', 'hardship', 'multiple_debt', 'depression', 'suicide_risk']},
  {code: 'pathway_2', needs: ['guarantor_debt', 'business_bankruptcy', 'divorce_worries', 'anxiety_about_future', 'suicide_risk']},
  {code: 'pathway_3', needs: ['crime_victimization', 'mental_illness', 'unemployment', 'heartbreak', 'suicide_risk']},
  {code: 'pathway_4', needs: ['job_reassignment', 'overwork', 'workplace_relationships', 'depression', 'suicide_risk']},
  {code: 'pathway_5', needs: ['promotion', 'overwork', 'work_failure', 'workplace_relationships', 'suicide_risk']},
  {code: 'pathway_6', needs: ['workplace_bullying', 'depression', 'suicide_risk']},
  {code: 'pathway_7', needs: ['business_slump', 'hardship', 'multiple_debt', 'depression', 'suicide_risk']},
  {code: 'pathway_8', needs: ['caregiver_burnout', 'business_slump', 'overwork', 'physical_illness', 'depression', 'suicide_risk']},
  {code: 'pathway_9', needs: ['dismissal', 'reemployment_failure', 'forced_startup', 'business_slump', 'multiple_debt', 'hardship', 'suicide_risk']},
  {code: 'pathway_10', needs: ['childrearing_worries', 'marital_discord', 'depression', 'suicide_risk']},
  {code: 'pathway_11', needs: ['domestic_violence', 'depression', 'divorce_worries', 'hardship', 'multiple_debt', 'suicide_risk']},
  {code: 'pathway_12', needs: ['physical_illness', 'bereavement', 'anxiety_about_future', 'suicide_risk']},
  {code: 'pathway_13', needs: ['bullying', 'academic_difficulty', 'school_relationships', 'career_worries', 'suicide_risk']},
  {code: 'pathway_14', needs: ['parent_child_discord', 'hikikomori', 'depression', 'anxiety_about_future', 'suicide_risk']}
] AS row
UNWIND range(0, size(row.needs) - 1) AS i
MATCH (:RiskPathway {code: row.code})-[step:HAS_STEP]->(:Need {code: row.needs[i]})
SET step.order = i + 1;
