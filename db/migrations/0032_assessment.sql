-- 0032_assessment: placeholder reserved for this session's work; replaced by its owner.
SELECT 1;
