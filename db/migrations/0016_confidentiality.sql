-- 0016_confidentiality: receipts recorded before this release kept the tracking PIN readable in the outbox. Mask it
-- there as the service now does (the PIN lives only as a hash and in the one message that delivers it). Idempotent.
UPDATE outbound_messages
SET body = regexp_replace(body, '查询密码(：?)[0-9]{6}', '查询密码\1******', 'g'),
    html = regexp_replace(html, '(查询密码</td><td[^>]*><strong>)[0-9]{6}(</strong>)', '\1******\2', 'g')
WHERE kind = 'receipt'
  AND (body ~ '查询密码：?[0-9]{6}' OR html ~ '查询密码</td><td[^>]*><strong>[0-9]{6}</strong>');
