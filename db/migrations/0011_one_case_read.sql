-- An event applied alone reads its case with cases_for_events (migration 0009) as a batch of one; the
-- single-case copy of that function, with the same columns, goes.
DROP FUNCTION IF EXISTS case_for_event(bigint);
