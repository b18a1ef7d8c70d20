-- 0037_stats_yearly: ten years of public statistics (issue 24). Over ten years a statistic for all time summed 120
-- months of every county and key from stats_monthly (~100,000 rows by category: 25 ms); stats_yearly sums the months
-- by calendar year, so a period is answered from the years it covers whole, the months beside them and the days at
-- its two ends (src/openness/stats.ts). Refreshed after the months by refresh_stats().
CREATE MATERIALIZED VIEW IF NOT EXISTS stats_yearly AS
SELECT
  date_trunc('year', month)::date AS year, county_code, dim, key,
  sum(received)::int AS received, sum(accepted)::int AS accepted, sum(closed)::int AS closed, sum(on_time)::int AS on_time,
  sum(dispatched)::int AS dispatched, sum(signed_in_time)::int AS signed_in_time, sum(replied)::int AS replied,
  sum(resolved)::int AS resolved, sum(evaluated)::int AS evaluated, sum(satisfied)::int AS satisfied
FROM stats_monthly
GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS stats_yearly_key ON stats_yearly (dim, year, county_code, key);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refresh_stats() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  REFRESH MATERIALIZED VIEW CONCURRENTLY stats_daily;
  REFRESH MATERIALIZED VIEW CONCURRENTLY stats_monthly;
  REFRESH MATERIALIZED VIEW CONCURRENTLY stats_yearly;
END $$;
