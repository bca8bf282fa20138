// V061 支援会議 and 支援プラン: meetings, plans, their versions and tasks, looked up by id; tasks by due date for the
// owners' to-do lists and the due check. Idempotent.
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (m:Meeting) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT support_plan_id IF NOT EXISTS FOR (p:SupportPlan) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT support_plan_version_id IF NOT EXISTS FOR (v:SupportPlanVersion) REQUIRE v.id IS UNIQUE;
CREATE CONSTRAINT plan_task_id IF NOT EXISTS FOR (t:PlanTask) REQUIRE t.id IS UNIQUE;
CREATE INDEX plan_task_due_on IF NOT EXISTS FOR (t:PlanTask) ON (t.dueOn);
CREATE INDEX meeting_held_at IF NOT EXISTS FOR (m:Meeting) ON (m.heldAt);
// the node a scheduled check locks, so that hub replicas running it at once take turns
CREATE CONSTRAINT scheduled_check_name IF NOT EXISTS FOR (c:ScheduledCheck) REQUIRE c.name IS UNIQUE;
