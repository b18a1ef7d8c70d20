-- The overdue list (超期, src/cases/list.ts) is found from the open cases the deadline worker has turned red, and the
-- few past their link deadline that it has not reached yet (their next check is due: cases_next_check_idx).
--
-- It was found among all open cases (~18 % of them) and filtered: a county's count read its ~10,000 open cases from
-- the two indexes dropped below (bench: 15–19 ms inside PostgreSQL for a list of ~5,000) — and every event on an open
-- case, most of all events, paid an entry in both (the GIN index one per unit of the chain). Red cases are ~4 % of all.
CREATE INDEX IF NOT EXISTS cases_red_division_idx ON cases (division_code text_pattern_ops) WHERE closed_at IS NULL AND warning = 'red';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_red_chain_gin ON cases USING gin (chain_unit_ids) WHERE closed_at IS NULL AND warning = 'red';
--> statement-breakpoint
DROP INDEX IF EXISTS cases_open_division_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS cases_open_chain_gin;
