-- 0030_desk_lists: placeholder reserved for this session's work; replaced by its owner.
SELECT 1;
