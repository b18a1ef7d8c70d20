-- Two foreign keys on the write path of every intake and every event are replaced by a rule that holds them true,
-- and a duplicated index on audit_log goes.
--
-- case_events.case_id → cases and cases.id → complaints were checked for every row written: a check share-locks the
-- referenced row, and since that row was written by the same statement a moment before, the lock rewrites its
-- header and logs it (bench: `npm run bench -- web` spent 2 checks × ~108 µs per new complaint on them, 60 % of the
-- statement that writes a batch of complaints; applyEvent paid one per event). Both rows are always written by one
-- statement with the row they refer to (writeIntakes in src/complaints/create.ts, writeDecisions in
-- src/cases/apply.ts), so a key can only break when a case or a complaint goes away — and those are records of the
-- government's handling, never deleted: the database now refuses DELETE and TRUNCATE on both (a statement
-- trigger, which costs inserts and updates nothing).
ALTER TABLE case_events DROP CONSTRAINT IF EXISTS case_events_case_id_cases_id_fk;
--> statement-breakpoint
ALTER TABLE cases DROP CONSTRAINT IF EXISTS cases_id_complaints_id_fk;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refuse_record_delete() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% rows are records and are never deleted (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER cases_no_delete BEFORE DELETE OR TRUNCATE ON cases FOR EACH STATEMENT EXECUTE FUNCTION refuse_record_delete();
--> statement-breakpoint
CREATE TRIGGER complaints_no_delete BEFORE DELETE OR TRUNCATE ON complaints FOR EACH STATEMENT EXECUTE FUNCTION refuse_record_delete();
--> statement-breakpoint
-- audit_case_id_idx (case_id, id) of migration 0005 answers everything audit_case_idx (case_id) did; every audit row
-- (each event, each reveal) paid an entry in both.
DROP INDEX IF EXISTS audit_case_idx;
