-- 0034_hotspots_board: placeholder reserved for this session's work; replaced by its owner.
SELECT 1;
