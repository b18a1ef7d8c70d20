-- 0031_accountability: placeholder reserved for this session's work; replaced by its owner.
SELECT 1;
