-- 0033_export_jobs: placeholder reserved for this session's work; replaced by its owner.
SELECT 1;
