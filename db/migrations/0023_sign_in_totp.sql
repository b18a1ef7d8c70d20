-- 0023_sign_in_totp: placeholder reserved for this session's work; replaced by its owner.
SELECT 1;
