-- 0019_sign_in: sign-in like a bank. A first admin (and anyone an admin reset) must change the password at the
-- next sign-in; failed sign-ins slow down per account, per address and per account-and-address (growing delays,
-- no lock a stranger can trigger). Keys are SHA-256 of "acct:<username>" / "addr:<ip>" / both, never the raw text.
ALTER TABLE users ADD COLUMN IF NOT EXISTS must_change_password boolean NOT NULL DEFAULT false;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS sign_in_throttle (
  key text PRIMARY KEY,
  failures integer NOT NULL DEFAULT 0,
  next_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS sign_in_throttle_updated_idx ON sign_in_throttle (updated_at);
