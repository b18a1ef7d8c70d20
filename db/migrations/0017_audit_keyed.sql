-- 0017_audit_keyed: reserved slot, filled by the change that needs it.
SELECT 1;
