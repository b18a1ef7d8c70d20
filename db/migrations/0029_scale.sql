-- 0029_scale: placeholder reserved for this session's work; replaced by its owner.
SELECT 1;
