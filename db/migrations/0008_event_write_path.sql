-- The write path of applyEvent (src/cases/apply.ts) in fewer statements and without shared-lock hot spots.
--
-- Foreign keys from cases and case_events to units and users are dropped. Every check of such a key share-locks the
-- referenced row, and these rows are the hottest of the database: the city centre's unit is the root of every
-- case, a county's unit holds thousands, the dispatcher's user row is the actor of every REGISTER. When two
-- transactions share-lock one row PostgreSQL records both in a MultiXact, so under load nearly every event wrote
-- one (bench: `npm run bench -- events`, 16 in flight). Units and users are never deleted (they are deactivated),
-- and the services check that a unit exists and is active before a case is sent to it (loadUnits in apply.ts).
ALTER TABLE case_events DROP CONSTRAINT IF EXISTS case_events_actor_user_id_users_id_fk;
--> statement-breakpoint
ALTER TABLE case_events DROP CONSTRAINT IF EXISTS case_events_actor_unit_id_units_id_fk;
--> statement-breakpoint
ALTER TABLE cases DROP CONSTRAINT IF EXISTS cases_root_unit_id_units_id_fk;
--> statement-breakpoint
ALTER TABLE cases DROP CONSTRAINT IF EXISTS cases_current_unit_id_units_id_fk;
--> statement-breakpoint
-- The head of an audit chain (src/audit/log.ts), in one statement: the chain's advisory lock, held until the
-- transaction ends (key 1398100297 = "SUQI", the case id or 0), then the last row's hash and a fresh id. A VOLATILE
-- function takes a new snapshot for each statement it runs, so the head is read after the lock is held and is the
-- chain's last committed row even when the lock had to be waited for.
CREATE OR REPLACE FUNCTION audit_chain_head(p_case bigint, OUT prev text, OUT id bigint)
LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
BEGIN
  PERFORM pg_advisory_xact_lock(1398100297, coalesce(p_case, 0)::integer);
  IF p_case IS NULL THEN
    SELECT a.row_hash INTO prev FROM audit_log a WHERE a.case_id IS NULL ORDER BY a.id DESC LIMIT 1;
  ELSE
    SELECT a.row_hash INTO prev FROM audit_log a WHERE a.case_id = p_case ORDER BY a.id DESC LIMIT 1;
  END IF;
  id := nextval('audit_log_id_seq');
END $$;
--> statement-breakpoint
-- What applyEvent reads, with both of its locks, in one statement: the case's row lock first, then its audit
-- chain's (the order every writer of a case takes them in); the row is read after the lock is held.
-- No row when there is no such case.
CREATE OR REPLACE FUNCTION case_for_event(p_case bigint)
RETURNS TABLE (
  id bigint, version integer, snapshot jsonb, state text, current_unit_id bigint, link_started_at timestamptz,
  link_due_at timestamptz, overall_due_at timestamptz, resolved boolean, rating text, division_code text,
  recuse_division_code text, dispatched_at timestamptz, signed_in_time boolean, audit_prev text, audit_id bigint)
LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
BEGIN
  PERFORM 1 FROM cases c WHERE c.id = p_case FOR UPDATE;
  IF NOT FOUND THEN RETURN; END IF;
  RETURN QUERY
    SELECT c.id, c.version, c.snapshot, c.state, c.current_unit_id, c.link_started_at, c.link_due_at, c.overall_due_at,
           c.resolved, c.rating, c.division_code, c.recuse_division_code, c.dispatched_at, c.signed_in_time, h.prev, h.id
    FROM cases c, audit_chain_head(p_case) h
    WHERE c.id = p_case;
END $$;
--> statement-breakpoint
-- Indexes an update of a case maintains: every event rewrites the case's row in a new place (its state, holder
-- and deadline are indexed, so the update is never HOT) and adds an entry to each index of cases. Those that no
-- read needs there go:
-- * cases_division_idx: cases_division_prefix_idx (text_pattern_ops) answers equality as well as prefixes.
-- * cases_received_idx: what lists cases by when they were received (Open311) reads complaints.received_at, the
--   same value in a table written once per case.
-- * cases_root_idx: only the cases without a place are looked up by their centre (the board); a partial index
--   holds just those.
-- * complaints_{phone,email,id}_hash_idx: the (hash, received_at) indexes of migration 0006 answer every look-up
--   by a hash, and each intake no longer writes three more entries.
DROP INDEX IF EXISTS cases_division_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS cases_received_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS cases_root_idx;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_unplaced_root_idx ON cases (root_unit_id) WHERE division_code IS NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS complaints_received_idx ON complaints (received_at);
--> statement-breakpoint
DROP INDEX IF EXISTS complaints_phone_hash_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS complaints_email_hash_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS complaints_id_hash_idx;
