-- Least privilege (issue 17): the running service connects as a role that owns nothing and cannot create objects
-- (src/db/roles.ts gives its grants after each migration). The two things it did that only an owner may do go
-- through functions that run as their owner (SECURITY DEFINER), each doing one fixed thing:
-- * the day's case-number sequence (case_number_YYYYMMDD), created on the day's first intake;
-- * the refresh of the statistics' materialized views.
CREATE OR REPLACE FUNCTION case_number_sequence(p_day text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  seq text;
BEGIN
  IF p_day IS NULL OR p_day !~ '^[0-9]{8}$' THEN
    RAISE EXCEPTION 'case_number_sequence: a day as YYYYMMDD, got %', p_day USING ERRCODE = 'invalid_parameter_value';
  END IF;
  seq := 'case_number_' || p_day;
  IF to_regclass(seq) IS NULL THEN
    BEGIN
      EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I MAXVALUE 999999', seq);
    EXCEPTION WHEN unique_violation OR duplicate_table THEN
      NULL; -- another session created it at the same moment
    END;
  END IF;
  RETURN seq;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refresh_stats() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  REFRESH MATERIALIZED VIEW CONCURRENTLY stats_daily;
  REFRESH MATERIALIZED VIEW CONCURRENTLY stats_monthly;
END $$;
