-- 0022_public_summary: the public summary (公开摘要) a staff member approved for a case — the only free text a public
-- output may carry — and the request hash an intake's idempotency key is bound to (same key, other body: 422).
ALTER TABLE "complaints" ADD COLUMN IF NOT EXISTS "public_summary" text;
--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN IF NOT EXISTS "public_summary_by" bigint REFERENCES "users"("id");
--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN IF NOT EXISTS "public_summary_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "intakes" ADD COLUMN IF NOT EXISTS "request_hash" text;
