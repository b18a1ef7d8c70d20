-- 0034_hotspots_board: 主动治理 tasks (issue 23) come in on a channel of their own, 主动发现 (`proactive`), raised by a
-- unit: never listed, filtered or exported under 互联网, never shown as an anonymous complaint. Tasks stored before
-- (channel `web`, anonymous) are raised by the unit they were registered at. Their channel is set right after this
-- transaction commits (src/db/after-migrations.ts): PostgreSQL refuses an enum value added in the same transaction,
-- so their ids wait in proactive_channel_pending, which that step empties and drops. Types are compared as text
-- for the same reason (0028's value may be new in this transaction too).
ALTER TYPE "channel" ADD VALUE IF NOT EXISTS 'proactive';
--> statement-breakpoint
UPDATE complaints k SET anonymous = false,
  extra = k.extra || jsonb_build_object('raisedBy', jsonb_build_object('unitId', c.root_unit_id, 'userId', k.created_by,
    'unitName', (SELECT u.name FROM units u WHERE u.id = c.root_unit_id)))
FROM cases c
WHERE c.id = k.id AND k.type::text = 'proactive' AND k.anonymous AND k.identity IS NULL;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS proactive_channel_pending AS
  SELECT k.id FROM complaints k WHERE k.type::text = 'proactive' AND k.channel::text <> 'proactive';
