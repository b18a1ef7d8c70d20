-- 0025_daily_desk: placeholder reserved for this session's work; replaced by its owner.
SELECT 1;
