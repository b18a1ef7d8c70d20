-- 0018_least_privilege: reserved slot, filled by the change that needs it.
SELECT 1;
