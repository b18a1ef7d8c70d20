-- 0023_sign_in_totp: a second factor (TOTP, RFC 6238) for staff sign-in — required for admins and inspectors, optional for
-- others. The secret is sealed (AES-256-GCM, key from SUQIU_SECRET) like complainants' identities; a pending one waits for
-- its first code; the last accepted time step makes a code single-use; recovery codes are kept only as keyed hashes.
ALTER TABLE "users" ADD COLUMN IF NOT EXISTS "totp_secret_enc" text;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN IF NOT EXISTS "totp_pending_enc" text;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN IF NOT EXISTS "totp_enabled_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN IF NOT EXISTS "totp_last_step" bigint;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "totp_recovery_codes" (
  "user_id" bigint NOT NULL REFERENCES "users"("id"),
  "code_hash" text NOT NULL,
  "used_at" timestamp with time zone,
  "created_at" timestamp with time zone NOT NULL DEFAULT now(),
  PRIMARY KEY ("user_id", "code_hash")
);
