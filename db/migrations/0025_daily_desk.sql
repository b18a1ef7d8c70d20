-- 0025_daily_desk: the desk's look-up of a person (issue 20). Names get a keyed hash beside phone, e-mail and ID
-- number, so an exact name is found without decrypting anything; rows written before this migration get theirs from
-- the app at start-up (src/lookup/backfill.ts: the key is the app's, SQL cannot compute it), found by a partial index
-- that is empty once they have it.
ALTER TABLE "complaints" ADD COLUMN IF NOT EXISTS "name_hash" text;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS complaints_name_recent_idx ON complaints (name_hash, received_at) WHERE name_hash IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS complaints_name_hash_missing_idx ON complaints (id) WHERE name_hash IS NULL AND identity ? 'name';
