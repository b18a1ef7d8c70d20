-- Public statistics (公开) by day of receipt, channel, county and category, refreshed by a worker.
-- No personal data: counts only. The three rates of 12345 platforms are derived from these counts.
CREATE MATERIALIZED VIEW stats_daily AS
SELECT
  (c.received_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
  c.channel::text AS channel,
  CASE WHEN length(c.division_code) >= 6 AND right(left(c.division_code, 6), 2) <> '00' THEN left(c.division_code, 6) ELSE '' END AS county_code,
  coalesce(c.category, 'uncategorised') AS category,
  c.type::text AS type,
  count(*)::int AS received,
  count(*) FILTER (WHERE c.state NOT IN ('intake', 'rejected', 'merged'))::int AS accepted,
  count(*) FILTER (WHERE c.state = 'closed')::int AS closed,
  count(*) FILTER (WHERE c.state = 'closed' AND c.closed_at <= c.overall_due_at)::int AS on_time,
  count(*) FILTER (WHERE c.dispatched_at IS NOT NULL)::int AS dispatched,
  count(*) FILTER (WHERE c.signed_in_time)::int AS signed_in_time,
  count(*) FILTER (WHERE c.resolved IS NOT NULL)::int AS replied,
  count(*) FILTER (WHERE c.resolved)::int AS resolved,
  count(*) FILTER (WHERE c.rating IS NOT NULL)::int AS evaluated,
  count(*) FILTER (WHERE c.rating IN ('satisfied', 'basic'))::int AS satisfied
FROM cases c
GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
CREATE UNIQUE INDEX stats_daily_key ON stats_daily (day, channel, county_code, category, type);
