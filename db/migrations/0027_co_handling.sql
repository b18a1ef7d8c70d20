-- 0027_co_handling: placeholder reserved for this session's work; replaced by its owner.
SELECT 1;
