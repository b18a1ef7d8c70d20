-- 督办 (the supervised list, src/cases/list.ts) in deadline order: the ~3 % of cases that were ever supervised, with
-- what the list filters on, so that a county's page of them is found among its supervised cases (bench: ~400
-- entries, 0.2 ms) instead of among all cases in cases_list_idx (13,000 entries, 5 ms). Only events on supervised
-- cases pay an entry in it.
CREATE INDEX IF NOT EXISTS cases_supervised_list_idx ON cases (link_due_at, id)
  INCLUDE (division_code, recuse_division_code, chain_unit_ids, state, current_unit_id) WHERE supervision_count > 0;
