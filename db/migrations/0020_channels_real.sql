-- 0020_channels_real: channels as real senders use them.
-- Added material (补充材料) reaches staff: who entered it (an operator on the complainant's word) and its files, and
-- one read marker per unit and case ("new material" in the officers' queue until someone of the unit has read it).
ALTER TABLE "case_messages" ADD COLUMN IF NOT EXISTS "entered_by" bigint REFERENCES "users"("id");
--> statement-breakpoint
ALTER TABLE "case_messages" ADD COLUMN IF NOT EXISTS "attachment_ids" bigint[] DEFAULT '{}' NOT NULL;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "case_message_reads" (
	"case_id" bigint NOT NULL REFERENCES "cases"("id"),
	"unit_id" bigint NOT NULL REFERENCES "units"("id"),
	"last_message_id" bigint NOT NULL,
	"read_by" bigint REFERENCES "users"("id"),
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("case_id", "unit_id")
);
