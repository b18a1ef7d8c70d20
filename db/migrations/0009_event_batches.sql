-- What applyEvent reads for a batch of events on different cases (src/cases/apply.ts, EventBatcher), in one
-- statement: the cases' row locks in ascending id order, then their audit chains' locks in the same order (so two
-- batches never wait for each other in a circle, and a single writer, which takes a case's row lock before its
-- chain's, never waits for a batch that waits for it); then the rows and each chain's head, read after the locks
-- are held. Cases that do not exist are left out.
CREATE OR REPLACE FUNCTION cases_for_events(p_ids bigint[])
RETURNS TABLE (
  id bigint, version integer, snapshot jsonb, state text, current_unit_id bigint, link_started_at timestamptz,
  link_due_at timestamptz, overall_due_at timestamptz, resolved boolean, rating text, division_code text,
  recuse_division_code text, dispatched_at timestamptz, signed_in_time boolean, audit_prev text, audit_id bigint)
LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
DECLARE
  k bigint;
BEGIN
  FOR k IN SELECT c.id FROM cases c WHERE c.id = ANY(p_ids) ORDER BY c.id FOR UPDATE LOOP
    NULL;
  END LOOP;
  FOR k IN SELECT DISTINCT u FROM unnest(p_ids) u ORDER BY u LOOP
    PERFORM pg_advisory_xact_lock(1398100297, k::integer);
  END LOOP;
  RETURN QUERY
    SELECT c.id, c.version, c.snapshot, c.state, c.current_unit_id, c.link_started_at, c.link_due_at, c.overall_due_at,
           c.resolved, c.rating, c.division_code, c.recuse_division_code, c.dispatched_at, c.signed_in_time,
           (SELECT a.row_hash FROM audit_log a WHERE a.case_id = c.id ORDER BY a.id DESC LIMIT 1), nextval('audit_log_id_seq')
    FROM cases c
    WHERE c.id = ANY(p_ids)
    ORDER BY c.id;
END $$;
