-- 0038_open_case_indexes: ten years of cases (issue 24). Nearly every case is closed after a few years, and a unit's
-- list, most urgent first, starts with its open cases: src/cases/list.ts reads the cases with a link deadline (the
-- open ones) first and the rest only when the page reaches past them. These two indexes hold only the cases with a
-- deadline, so a village's or township's open cases are found among the city's ~180,000 open ones, not among ten
-- years of its cases (bench/queue.ts at 10,000,000 cases: a village's first page 23 → ~5 ms).
CREATE INDEX IF NOT EXISTS cases_due_chain_gin ON cases USING gin (chain_unit_ids) WHERE link_due_at IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_due_division_idx ON cases (division_code text_pattern_ops) WHERE link_due_at IS NOT NULL;
