-- 0031_accountability: 问责 (issue 22, art. 8). Each unit's 责任人 / 分管领导 / 主要领导 as a dated history, and the
-- accountability records (问责线索) opened by a late close, a finding of an untrue reply (答复不实) or an unanswered
-- 督办单, which inspectors decide. A record is never deleted, and once decided never changed: the database refuses
-- both (the app role also loses DELETE, as on cases, because the table carries refuse_record_delete).
CREATE TABLE IF NOT EXISTS "unit_responsible_people" (
  "id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  "unit_id" bigint NOT NULL REFERENCES "units"("id"),
  "role" text NOT NULL CHECK ("role" IN ('responsible', 'in_charge', 'principal')),
  "name" text NOT NULL,
  "title" text,
  "valid_from" date NOT NULL,
  "valid_to" date,
  "created_by" bigint,
  "created_at" timestamp with time zone NOT NULL DEFAULT now(),
  "ended_by" bigint,
  "ended_at" timestamp with time zone,
  CHECK ("valid_to" IS NULL OR "valid_to" > "valid_from")
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "unit_responsible_people_unit_idx" ON "unit_responsible_people" ("unit_id", "role", "valid_from");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "accountability_records" (
  "id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  "unit_id" bigint NOT NULL REFERENCES "units"("id"),
  "case_id" bigint,
  "notice_id" bigint,
  "trigger" text NOT NULL CHECK ("trigger" IN ('late_close', 'untrue_reply', 'unanswered_notice')),
  "dedupe_key" text NOT NULL UNIQUE,
  "opened_at" timestamp with time zone NOT NULL DEFAULT now(),
  "facts" jsonb NOT NULL DEFAULT '{}'::jsonb,
  "people" jsonb NOT NULL DEFAULT '{}'::jsonb,
  "state" text NOT NULL DEFAULT 'open' CHECK ("state" IN ('open', 'decided')),
  "decision" text CHECK ("decision" IN ('no_action', 'reminder_talk', 'circulated_criticism', 'referred')),
  "reason" text,
  "decided_by" bigint,
  "decided_at" timestamp with time zone,
  CHECK (("state" = 'open') = ("decision" IS NULL))
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "accountability_records_unit_idx" ON "accountability_records" ("unit_id", "opened_at");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "accountability_records_open_idx" ON "accountability_records" ("opened_at") WHERE "state" = 'open';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "accountability_records_case_idx" ON "accountability_records" ("case_id") WHERE "case_id" IS NOT NULL;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refuse_record_delete() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% rows are records and are never deleted (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS accountability_records_no_delete ON accountability_records;
--> statement-breakpoint
CREATE TRIGGER accountability_records_no_delete BEFORE DELETE OR TRUNCATE ON accountability_records FOR EACH STATEMENT EXECUTE FUNCTION refuse_record_delete();
--> statement-breakpoint
-- A record is opened undecided: only an inspector's decision (an UPDATE, below) decides it.
CREATE OR REPLACE FUNCTION accountability_record_insert_guard() RETURNS trigger AS $$
BEGIN
  IF NEW.state <> 'open' OR NEW.decision IS NOT NULL OR NEW.reason IS NOT NULL OR NEW.decided_by IS NOT NULL OR NEW.decided_at IS NOT NULL THEN
    RAISE EXCEPTION 'an accountability record is opened undecided (INSERT refused)' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS accountability_records_insert_guard ON accountability_records;
--> statement-breakpoint
CREATE TRIGGER accountability_records_insert_guard BEFORE INSERT ON accountability_records FOR EACH ROW EXECUTE FUNCTION accountability_record_insert_guard();
--> statement-breakpoint
-- An open record may be decided once, with a reason and a time; nothing else about it ever changes.
CREATE OR REPLACE FUNCTION accountability_record_guard() RETURNS trigger AS $$
BEGIN
  IF OLD.state <> 'open' THEN
    RAISE EXCEPTION 'accountability record % is decided and never changes (UPDATE refused)', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.id <> OLD.id OR NEW.unit_id <> OLD.unit_id OR NEW.case_id IS DISTINCT FROM OLD.case_id
     OR NEW.notice_id IS DISTINCT FROM OLD.notice_id OR NEW.trigger <> OLD.trigger OR NEW.dedupe_key <> OLD.dedupe_key
     OR NEW.opened_at <> OLD.opened_at OR NEW.facts <> OLD.facts OR NEW.people <> OLD.people THEN
    RAISE EXCEPTION 'accountability record % keeps its facts (UPDATE refused)', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.state <> 'decided' OR NEW.reason IS NULL OR btrim(NEW.reason) = '' OR NEW.decided_at IS NULL THEN
    RAISE EXCEPTION 'accountability record % changes only by its decision, with a reason (UPDATE refused)', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS accountability_records_guard ON accountability_records;
--> statement-breakpoint
CREATE TRIGGER accountability_records_guard BEFORE UPDATE ON accountability_records FOR EACH ROW EXECUTE FUNCTION accountability_record_guard();
--> statement-breakpoint
-- The responsible-people history is ended, never removed or rewritten (an admin's mistake is ended and entered again,
-- audited): an entry's holder, role, title and start never change; its end is set once.
CREATE OR REPLACE FUNCTION unit_responsible_people_guard() RETURNS trigger AS $$
BEGIN
  IF NEW.id <> OLD.id OR NEW.unit_id <> OLD.unit_id OR NEW.role <> OLD.role OR NEW.name <> OLD.name OR NEW.title IS DISTINCT FROM OLD.title
     OR NEW.valid_from <> OLD.valid_from OR NEW.created_by IS DISTINCT FROM OLD.created_by OR NEW.created_at <> OLD.created_at THEN
    RAISE EXCEPTION 'responsible-people entry % keeps who held which office from when (UPDATE refused)', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.valid_to IS NOT NULL OR NEW.valid_to IS NULL THEN
    RAISE EXCEPTION 'responsible-people entry % is ended once, never reopened or changed (UPDATE refused)', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS unit_responsible_people_guard ON unit_responsible_people;
--> statement-breakpoint
CREATE TRIGGER unit_responsible_people_guard BEFORE UPDATE ON unit_responsible_people FOR EACH ROW EXECUTE FUNCTION unit_responsible_people_guard();
--> statement-breakpoint
-- The responsible-people history is ended, never removed (an admin's mistake is ended and entered again, audited).
DROP TRIGGER IF EXISTS unit_responsible_people_no_delete ON unit_responsible_people;
--> statement-breakpoint
CREATE TRIGGER unit_responsible_people_no_delete BEFORE DELETE OR TRUNCATE ON unit_responsible_people FOR EACH STATEMENT EXECUTE FUNCTION refuse_record_delete();
