-- The attachments of an intake find it by its complaint (src/attachments/intake.ts); without this, a seq scan per submission.
CREATE INDEX IF NOT EXISTS intakes_complaint_idx ON intakes (complaint_id);
--> statement-breakpoint
-- The duplicate check (src/complaints/duplicates.ts) reads one person's latest complaints: newest first, by each hash.
CREATE INDEX IF NOT EXISTS complaints_phone_recent_idx ON complaints (phone_hash, received_at) WHERE phone_hash IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS complaints_email_recent_idx ON complaints (email_hash, received_at) WHERE email_hash IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS complaints_id_recent_idx ON complaints (id_hash, received_at) WHERE id_hash IS NOT NULL;
