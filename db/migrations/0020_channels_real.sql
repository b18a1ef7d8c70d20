-- 0020_channels_real: reserved slot, filled by the change that needs it.
SELECT 1;
