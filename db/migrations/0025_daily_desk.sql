-- 0025_daily_desk: the desk's look-up of a person (issue 20). Names get a keyed hash beside phone, e-mail and ID
-- number, so an exact name is found without decrypting anything; rows written before this migration get theirs from
-- the app at start-up (src/lookup/backfill.ts: the key is the app's, SQL cannot compute it), found by a partial index
-- that is empty once they have it.
ALTER TABLE "complaints" ADD COLUMN IF NOT EXISTS "name_hash" text;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS complaints_name_recent_idx ON complaints (name_hash, received_at) WHERE name_hash IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS complaints_name_hash_missing_idx ON complaints (id) WHERE name_hash IS NULL AND identity ? 'name';
--> statement-breakpoint
-- The category catalogue (分类目录, issue 20): three levels (一级/二级/三级) as 12345 centres use, each entry with an
-- optional handling level (the routing rule; the most specific level that has one wins). The flat list of
-- routing_rules becomes the second level under seven first-level groups, codes unchanged, so every existing case's
-- category stays valid; routing_rules stays as a view for its readers (labels, Open311 services, the chart), its level
-- the most specific one given, else the county (兜底).
CREATE TABLE IF NOT EXISTS "categories" (
  "code" text PRIMARY KEY,
  "parent_code" text REFERENCES "categories"("code"),
  "depth" smallint NOT NULL CHECK ("depth" BETWEEN 1 AND 3),
  "label" text NOT NULL,
  "handling_level" "level",
  "keywords" text NOT NULL DEFAULT '',
  "sort" integer NOT NULL DEFAULT 0,
  "active" boolean NOT NULL DEFAULT true,
  "updated_at" timestamp with time zone NOT NULL DEFAULT now(),
  CHECK (("depth" = 1) = ("parent_code" IS NULL))
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS categories_parent_idx ON categories (parent_code);
--> statement-breakpoint
INSERT INTO categories (code, parent_code, depth, label, sort) VALUES
  ('grassroots', NULL, 1, '基层治理与村（居）务', 10),
  ('conduct', NULL, 1, '干部作风与纪律', 20),
  ('urban_rural', NULL, 1, '城乡建设与管理', 30),
  ('ecology', NULL, 1, '生态环境', 40),
  ('livelihood', NULL, 1, '民生保障', 50),
  ('order_market', NULL, 1, '社会治安与市场秩序', 60),
  ('general', NULL, 1, '政策咨询与其他', 70)
ON CONFLICT (code) DO NOTHING;
--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'routing_rules') THEN
    INSERT INTO categories (code, parent_code, depth, label, handling_level, sort, updated_at)
    SELECT r.category, g.parent, CASE WHEN g.parent IS NULL THEN 1 ELSE 2 END, r.label, r.level, coalesce(g.sort, 900), r.updated_at
    FROM routing_rules r
    LEFT JOIN (VALUES
      ('village_affairs', 'grassroots', 1), ('village_finance', 'grassroots', 2),
      ('village_official_misconduct', 'conduct', 1), ('township_official_misconduct', 'conduct', 2), ('county_official_misconduct', 'conduct', 3),
      ('land_demolition', 'urban_rural', 1), ('urban_management', 'urban_rural', 2), ('housing_property', 'urban_rural', 3), ('transport', 'urban_rural', 4),
      ('environment', 'ecology', 1), ('social_security', 'livelihood', 1), ('education_health', 'livelihood', 2),
      ('public_security', 'order_market', 1), ('market_consumer', 'order_market', 2),
      ('policy_consultation', 'general', 1), ('other', 'general', 9)
    ) AS g(code, parent, sort) ON g.code = r.category
    ON CONFLICT (code) DO NOTHING;
    DROP TABLE routing_rules;
  END IF;
END $$;
--> statement-breakpoint
CREATE OR REPLACE VIEW routing_rules AS
  SELECT c.code AS category, c.label, coalesce(c.handling_level, p.handling_level, g.handling_level, 'county') AS level, c.updated_at
  FROM categories c
  LEFT JOIN categories p ON p.code = c.parent_code
  LEFT JOIN categories g ON g.code = p.parent_code;
--> statement-breakpoint
-- 常用语: reason templates for 不予受理, 退回, 督办 and reply texts, kept by admins per unit; a unit's staff are offered
-- their own unit's and its ancestors' (issue 20).
CREATE TABLE IF NOT EXISTS "reason_templates" (
  "id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  "unit_id" bigint NOT NULL REFERENCES "units"("id"),
  "kind" text NOT NULL CHECK ("kind" IN ('reject', 'return', 'supervise', 'reply')),
  "text" text NOT NULL,
  "sort" integer NOT NULL DEFAULT 0,
  "active" boolean NOT NULL DEFAULT true,
  "created_by" bigint REFERENCES "users"("id"),
  "created_at" timestamp with time zone NOT NULL DEFAULT now(),
  "updated_at" timestamp with time zone NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS reason_templates_unit_idx ON reason_templates (unit_id, kind);
