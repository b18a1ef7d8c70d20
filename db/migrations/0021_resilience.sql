-- 0021_resilience: reserved slot, filled by the change that needs it.
SELECT 1;
