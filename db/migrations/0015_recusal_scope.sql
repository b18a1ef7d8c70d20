-- 0015_recusal_scope: recusal (回避) by unit subtree, not by division code, and the city inspection unit (市纪委监委).
-- The units form a tree read off the divisions: a default unit's parent is the default unit of its division's parent,
-- any other unit (a city department, say) hangs under its own division's default unit, and an inspection unit
-- (kind 'inspection') is a root of its own, outside the city centre's subtree, so that a report against the centre
-- has somewhere to go. A case stores the accused unit (recuse_unit_id); a user is recused when that unit is their own
-- unit or one of its ancestors (src/cases/access.ts).
ALTER TABLE units ADD COLUMN IF NOT EXISTS kind text NOT NULL DEFAULT 'unit';
--> statement-breakpoint
-- the unit itself first, then its ancestors nearest first; empty for an unknown unit
CREATE OR REPLACE FUNCTION unit_ancestors(p_unit bigint) RETURNS bigint[] LANGUAGE sql STABLE AS $$
  WITH RECURSIVE me AS (
    SELECT id, division_code, is_default, kind FROM units WHERE id = p_unit
  ), up(code, depth) AS (
    SELECT CASE WHEN me.is_default THEN d.parent_code ELSE me.division_code END, 1
    FROM me JOIN divisions d ON d.code = me.division_code
    WHERE me.kind <> 'inspection'
    UNION ALL
    SELECT d.parent_code, up.depth + 1 FROM up JOIN divisions d ON d.code = up.code WHERE d.parent_code IS NOT NULL
  )
  SELECT coalesce(array_agg(a.id ORDER BY a.depth), '{}'::bigint[]) FROM (
    SELECT me.id, 0 AS depth FROM me
    UNION ALL
    SELECT u.id, up.depth FROM up JOIN units u ON u.division_code = up.code AND u.is_default AND u.kind <> 'inspection'
  ) a
$$;
--> statement-breakpoint
-- Where a case goes when the unit that received it must recuse itself: the accused unit's parent, or, above the
-- city centre, the city's inspection unit. Otherwise the receiving unit itself.
CREATE OR REPLACE FUNCTION receiving_unit(p_root bigint, p_accused bigint) RETURNS bigint LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN p_accused IS NULL OR NOT (p_accused = ANY(unit_ancestors(p_root))) THEN p_root
    ELSE coalesce(
      (unit_ancestors(p_accused))[2],
      (SELECT i.id FROM units a JOIN divisions d ON d.code = a.division_code
         JOIN units i ON i.kind = 'inspection' AND i.division_code = d.city_code AND i.active
       WHERE a.id = p_accused ORDER BY i.id LIMIT 1),
      p_root)
  END
$$;
--> statement-breakpoint
-- the inspection unit of every city already loaded (new installations get it from the divisions import)
INSERT INTO units (name, division_code, level, is_default, kind)
SELECT d.name || '纪委监委', d.code, 'city', false, 'inspection'
FROM divisions d
WHERE d.level = 'city' AND NOT EXISTS (SELECT 1 FROM units u WHERE u.division_code = d.code AND u.kind = 'inspection')
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- inspectors (电子监察) of a city centre belong to the inspection unit
UPDATE users s SET unit_id = i.id
FROM units c JOIN units i ON i.division_code = c.division_code AND i.kind = 'inspection'
WHERE s.unit_id = c.id AND c.is_default AND c.level = 'city' AND s.role = 'inspector';
--> statement-breakpoint
ALTER TABLE cases ADD COLUMN IF NOT EXISTS recuse_unit_id bigint;
--> statement-breakpoint
UPDATE cases c SET recuse_unit_id = k.accused_unit_id
FROM complaints k WHERE k.id = c.id AND k.accused_unit_id IS NOT NULL AND c.recuse_unit_id IS DISTINCT FROM k.accused_unit_id;
--> statement-breakpoint
-- the list indexes carry what the scope check reads (index-only scans): the accused unit instead of its division
DROP INDEX IF EXISTS cases_list_idx;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_list_idx ON cases (link_due_at, id)
  INCLUDE (division_code, recuse_unit_id, chain_unit_ids, state, warning, closed_at, supervision_count, current_unit_id);
--> statement-breakpoint
DROP INDEX IF EXISTS cases_holder_idx;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_holder_idx ON cases (current_unit_id, link_due_at, id)
  INCLUDE (state, division_code, recuse_unit_id, chain_unit_ids);
--> statement-breakpoint
DROP INDEX IF EXISTS cases_supervised_list_idx;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_supervised_list_idx ON cases (link_due_at, id)
  INCLUDE (division_code, recuse_unit_id, chain_unit_ids, state, current_unit_id) WHERE supervision_count > 0;
--> statement-breakpoint
-- 接听: the operator who took a call gets its screen pop (number and earlier cases); the others see only that it waits
ALTER TABLE calls ADD COLUMN IF NOT EXISTS taken_at timestamptz;
