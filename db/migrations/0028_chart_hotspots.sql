-- 0028_chart_hotspots: 主动治理 (issue 23). A proactive task is a case of its own type, with no complainant; it is
-- linked to the cases of the cluster it was opened from. Its type is compared as text below, so that this migration
-- may add the enum value and use it in one transaction. Proactive tasks are counted apart: the public rollups (and
-- so the three rates) leave them out.
ALTER TYPE "complaint_type" ADD VALUE IF NOT EXISTS 'proactive';
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "proactive_links" (
  "task_id" bigint NOT NULL,
  "case_id" bigint NOT NULL,
  "linked_by" bigint,
  "created_at" timestamp with time zone NOT NULL DEFAULT now(),
  PRIMARY KEY ("task_id", "case_id")
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "proactive_links_case_idx" ON "proactive_links" ("case_id");
--> statement-breakpoint
DROP MATERIALIZED VIEW IF EXISTS stats_monthly;
--> statement-breakpoint
DROP MATERIALIZED VIEW IF EXISTS stats_daily;
--> statement-breakpoint
CREATE MATERIALIZED VIEW stats_daily AS
SELECT
  day, county_code,
  CASE WHEN GROUPING(channel) = 0 THEN 'channel' WHEN GROUPING(category) = 0 THEN 'category' WHEN GROUPING(type) = 0 THEN 'type' ELSE 'all' END AS dim,
  coalesce(channel, category, type, '') AS key,
  count(*)::int AS received,
  count(*) FILTER (WHERE state NOT IN ('intake', 'rejected', 'merged'))::int AS accepted,
  count(*) FILTER (WHERE state = 'closed')::int AS closed,
  count(*) FILTER (WHERE state = 'closed' AND closed_at <= overall_due_at)::int AS on_time,
  count(*) FILTER (WHERE dispatched_at IS NOT NULL)::int AS dispatched,
  count(*) FILTER (WHERE signed_in_time)::int AS signed_in_time,
  count(*) FILTER (WHERE resolved IS NOT NULL)::int AS replied,
  count(*) FILTER (WHERE resolved)::int AS resolved,
  count(*) FILTER (WHERE rating IS NOT NULL)::int AS evaluated,
  count(*) FILTER (WHERE rating IN ('satisfied', 'basic'))::int AS satisfied
FROM (
  SELECT
    (c.received_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
    CASE WHEN length(c.division_code) >= 6 AND right(left(c.division_code, 6), 2) <> '00' THEN left(c.division_code, 6) ELSE '' END AS county_code,
    c.channel::text AS channel, coalesce(c.category, 'uncategorised') AS category, c.type::text AS type,
    c.state, c.closed_at, c.overall_due_at, c.dispatched_at, c.signed_in_time, c.resolved, c.rating
  FROM cases c
  WHERE c.type::text <> 'proactive'
) c
GROUP BY GROUPING SETS ((day, county_code), (day, county_code, channel), (day, county_code, category), (day, county_code, type));
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS stats_daily_key ON stats_daily (dim, day, county_code, key);
--> statement-breakpoint
CREATE MATERIALIZED VIEW stats_monthly AS
SELECT
  date_trunc('month', day)::date AS month, county_code, dim, key,
  sum(received)::int AS received, sum(accepted)::int AS accepted, sum(closed)::int AS closed, sum(on_time)::int AS on_time,
  sum(dispatched)::int AS dispatched, sum(signed_in_time)::int AS signed_in_time, sum(replied)::int AS replied,
  sum(resolved)::int AS resolved, sum(evaluated)::int AS evaluated, sum(satisfied)::int AS satisfied
FROM stats_daily
GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS stats_monthly_key ON stats_monthly (dim, month, county_code, key);
