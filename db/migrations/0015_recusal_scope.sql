-- 0015_recusal_scope: reserved slot, filled by the change that needs it.
SELECT 1;
