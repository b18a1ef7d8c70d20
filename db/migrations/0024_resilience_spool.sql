-- 0024_resilience_spool: placeholder reserved for this session's work; replaced by its owner.
SELECT 1;
