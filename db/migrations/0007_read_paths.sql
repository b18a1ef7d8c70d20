-- Read paths over a million cases (bench/queue.ts, bench/stats.ts).
--
-- Officer queues (src/cases/list.ts) page through cases most urgent first. cases_list_idx is in that order and
-- carries what every list filters on (jurisdiction, recusal, state, warning, supervision, holder), so a page —
-- and a total counted up to its cap — is read from the index alone, without visiting the cases' wide rows.
CREATE INDEX IF NOT EXISTS cases_list_idx ON cases (link_due_at, id)
  INCLUDE (division_code, recuse_division_code, chain_unit_ids, state, warning, closed_at, supervision_count, current_unit_id);
--> statement-breakpoint
-- Jurisdiction (`visibleTo`: division subtree OR unit in the chain) within the two queues that are a small part of
-- the cases: 超期 (overdue, among the ~18% still open) and 督办 (supervised, ~3%). A township's overdue count then
-- visits ~1,000 rows instead of its ~6,000 cases, a village's supervised list ~20 instead of ~550.
CREATE INDEX IF NOT EXISTS cases_open_division_idx ON cases (division_code text_pattern_ops) WHERE closed_at IS NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_open_chain_gin ON cases USING gin (chain_unit_ids) WHERE closed_at IS NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_supervised_division_idx ON cases (division_code text_pattern_ops) WHERE supervision_count > 0;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_supervised_chain_gin ON cases USING gin (chain_unit_ids) WHERE supervision_count > 0;
--> statement-breakpoint
-- A village is 1/1,738 of the cases: with the default 100 histogram buckets the planner took a village's ~550
-- cases for ~10,000 and walked cases_list_idx past 50,000 entries instead of reading those 550.
ALTER TABLE cases ALTER COLUMN division_code SET STATISTICS 1000;
--> statement-breakpoint
ANALYZE cases;
--> statement-breakpoint
-- Reads of cases are short (a page, a capped count, one case); figures over many cases come from the rollups
-- below. A parallel plan's workers take longer to start than such a read takes on a busy server (a 10 ms count
-- became 120 ms behind its Gather), so none is planned over cases.
ALTER TABLE cases SET (parallel_workers = 0);
--> statement-breakpoint
-- Public statistics (公开): one row per (day, channel, county, category, type) is nearly one row per case at a
-- million cases a year, and a year's figures summed ~700,000 rows. A statistic only ever groups by one of those at
-- a time, so the rollup keeps each dimension apart (GROUPING SETS): per day and county, one row per channel, per
-- category, per type and one for all ('all', key ''). stats_monthly sums the days by calendar month; a period is
-- answered from the months it covers whole and the days at its two ends (src/openness/stats.ts).
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
) c
GROUP BY GROUPING SETS ((day, county_code), (day, county_code, channel), (day, county_code, category), (day, county_code, type));
--> statement-breakpoint
CREATE UNIQUE INDEX stats_daily_key ON stats_daily (dim, day, county_code, key);
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
CREATE UNIQUE INDEX stats_monthly_key ON stats_monthly (dim, month, county_code, key);
