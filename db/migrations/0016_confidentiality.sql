-- 0016_confidentiality: reserved slot, filled by the change that needs it.
SELECT 1;
