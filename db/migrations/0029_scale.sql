-- 0029_scale: what several API and worker processes share through PostgreSQL (issue 24, "several processes, one truth").
-- Rate limits: one counter per route and address, keyed by an HMAC of the address under a key that lives ten minutes
-- (rate_limit_keys, deleted when the next one is drawn); the rows expire with their window. Both tables are UNLOGGED:
-- a crash or a fail-over empties them, which only restarts the counting.
CREATE UNLOGGED TABLE IF NOT EXISTS rate_limit_keys (
  epoch bigint PRIMARY KEY,
  key bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE UNLOGGED TABLE IF NOT EXISTS rate_limit_hits (
  key text PRIMARY KEY,
  hits integer NOT NULL,
  expires_at timestamptz NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS rate_limit_hits_expires_at ON rate_limit_hits (expires_at);
--> statement-breakpoint
-- One holder at a time of a job that must not run twice at once (the IMAP mailbox reader): the holder renews
-- expires_at; another process takes the lease over once it has run out (the holder died or lost the database).
CREATE TABLE IF NOT EXISTS worker_leases (
  name text PRIMARY KEY,
  holder text NOT NULL,
  expires_at timestamptz NOT NULL,
  acquired_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
-- A session that ends (sign-out, password change, account disabled, factor reset) is told to every API process at
-- commit, so that its websockets close at once wherever they are connected (src/live/plugin.ts), not at the next
-- periodic re-check. The payload is the token's hash, as the sessions table keeps it.
CREATE OR REPLACE FUNCTION sessions_notify_ended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('suqiu_session_ended', OLD.token_hash);
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS sessions_notify_ended ON sessions;
--> statement-breakpoint
CREATE TRIGGER sessions_notify_ended AFTER DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION sessions_notify_ended();
