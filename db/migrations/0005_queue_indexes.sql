-- Lists filtered by jurisdiction: units in a case's chain (GIN, for `chain_unit_ids @> array[unit]`)
-- and division subtrees (`division_code like '5301%'` under any collation).
CREATE INDEX IF NOT EXISTS cases_chain_units_gin ON cases USING gin (chain_unit_ids);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_division_prefix_idx ON cases (division_code text_pattern_ops);
--> statement-breakpoint
-- the head of each case's audit chain
CREATE INDEX IF NOT EXISTS audit_case_id_idx ON audit_log (case_id, id);
