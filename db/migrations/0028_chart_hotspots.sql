-- 0028_chart_hotspots: placeholder reserved for this session's work; replaced by its owner.
SELECT 1;
