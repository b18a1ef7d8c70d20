-- 0022_public_summary: reserved slot, filled by the change that needs it.
SELECT 1;
