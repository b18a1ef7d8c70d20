-- 0019_sign_in: reserved slot, filled by the change that needs it.
SELECT 1;
