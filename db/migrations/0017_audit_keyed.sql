-- The audit chain keyed, bound to the cases' state, and anchored (issue 17; src/audit/log.ts, verify.ts, anchors.ts).
-- * hash_version: 1 for rows hashed before this migration (unkeyed SHA-256, accepted by `suqiu audit verify` only
--   before the first anchor), 2 for keyed rows (HMAC-SHA256 with a key derived from SUQIU_SECRET).
-- * case_state: the state an event left its case in (version, state, snapshot digest, rating, resolved …), part of
--   the hashed row, so that a change of the cases row that no audited event explains is found.
-- * audit_anchors: each day's root over every chain's head and row count, append-only like the log; the same root
--   goes to a file under the data directory's anchors/ folder and to GET /api/public/anchors.
ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS hash_version smallint NOT NULL DEFAULT 1;
--> statement-breakpoint
ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS case_state jsonb;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS audit_anchors (
  day date PRIMARY KEY,
  cutoff timestamptz NOT NULL,
  chains integer NOT NULL,
  rows bigint NOT NULL,
  digest text NOT NULL,
  prev_root text,
  root text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_anchors_no_update ON audit_anchors;
--> statement-breakpoint
CREATE TRIGGER audit_anchors_no_update BEFORE UPDATE OR DELETE ON audit_anchors FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_anchors_no_truncate ON audit_anchors;
--> statement-breakpoint
CREATE TRIGGER audit_anchors_no_truncate BEFORE TRUNCATE ON audit_anchors FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
-- case_events is append-only for UPDATE and DELETE (0001); TRUNCATE too
DROP TRIGGER IF EXISTS case_events_no_truncate ON case_events;
--> statement-breakpoint
CREATE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
-- the chains whose last rows are still unkeyed: sealed with one keyed row each at the first start (sealLegacyChains)
CREATE INDEX IF NOT EXISTS audit_log_legacy_idx ON audit_log (case_id, id) WHERE hash_version = 1;
