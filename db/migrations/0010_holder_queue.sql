-- 我的待办 ("mine": the cases a unit holds now), most urgent first: the holder's cases in deadline order, carrying what
-- the jurisdiction check reads, so a page is the first 20 entries of the unit's range, read from the index alone.
-- It replaces cases_queue_idx (holder, state, deadline), which made PostgreSQL read and sort all of a township's
-- held cases (~1,100 pages) for every page; a state filter (the tab counts) is checked on the entries instead.
-- One index for one: a case update maintains as many entries as before.
CREATE INDEX IF NOT EXISTS cases_holder_idx ON cases (current_unit_id, link_due_at, id)
  INCLUDE (state, division_code, recuse_division_code, chain_unit_ids);
--> statement-breakpoint
DROP INDEX IF EXISTS cases_queue_idx;
