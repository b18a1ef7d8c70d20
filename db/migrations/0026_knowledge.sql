-- 0026_knowledge: the knowledge base (知识库). Articles with versions and review states (草稿 → 待审核 → 已发布 →
-- 已失效); the published version's words, segmented in Node (jieba + character bigrams), in two GIN-indexed tsvectors — title,
-- question forms and keywords; the answer — searched with the 'simple' configuration over a GIN index; each answer
-- given from an article (case, article, version); the 知识库无答案 marks; expiry reminders; portal deflections.
CREATE TABLE IF NOT EXISTS "knowledge_articles" (
  "id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  "owner_unit_id" bigint NOT NULL REFERENCES "units"("id"),
  "state" text NOT NULL DEFAULT 'draft' CHECK ("state" IN ('draft', 'review', 'published', 'expired')),
  "version" integer NOT NULL DEFAULT 1,
  "published_version" integer,
  "is_public" boolean NOT NULL DEFAULT false,
  "category" text,
  "title" text NOT NULL,
  "effective_from" date,
  "effective_until" date,
  "title_words" text NOT NULL DEFAULT '',
  "body_words" text NOT NULL DEFAULT '',
  "title_tsv" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "title_words")) STORED,
  "body_tsv" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "body_words")) STORED,
  "created_by" bigint REFERENCES "users"("id"),
  "created_at" timestamp with time zone NOT NULL DEFAULT now(),
  "updated_at" timestamp with time zone NOT NULL DEFAULT now()
);
--> statement-breakpoint
-- the words and their tsvectors live out of line (TOAST), so a term's look-up visits small rows: its matches are
-- decided by the GIN index alone (a plain lexeme needs no recheck) and no article's words are read
ALTER TABLE "knowledge_articles" SET (toast_tuple_target = 128);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "knowledge_articles_body_idx" ON "knowledge_articles" USING gin ("body_tsv") WHERE "published_version" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "knowledge_articles_title_idx" ON "knowledge_articles" USING gin ("title_tsv") WHERE "published_version" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "knowledge_articles_owner_idx" ON "knowledge_articles" ("owner_unit_id", "state");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "knowledge_articles_until_idx" ON "knowledge_articles" ("effective_until") WHERE "published_version" IS NOT NULL;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "knowledge_versions" (
  "article_id" bigint NOT NULL REFERENCES "knowledge_articles"("id"),
  "version" integer NOT NULL,
  "title" text NOT NULL,
  "questions" text[] NOT NULL DEFAULT '{}',
  "answer" text NOT NULL,
  "attachments" jsonb NOT NULL DEFAULT '[]',
  "category" text,
  "source" text,
  "keywords" text[] NOT NULL DEFAULT '{}',
  "effective_from" date,
  "effective_until" date,
  "is_public" boolean NOT NULL DEFAULT false,
  "created_by" bigint REFERENCES "users"("id"),
  "created_at" timestamp with time zone NOT NULL DEFAULT now(),
  PRIMARY KEY ("article_id", "version")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "knowledge_uses" (
  "id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  "case_id" bigint NOT NULL REFERENCES "cases"("id"),
  "kind" text NOT NULL CHECK ("kind" IN ('answered', 'no_answer')),
  "article_id" bigint REFERENCES "knowledge_articles"("id"),
  "version" integer,
  "sent_by" text,
  "user_id" bigint NOT NULL REFERENCES "users"("id"),
  "created_at" timestamp with time zone NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "knowledge_uses_case_kind_idx" ON "knowledge_uses" ("case_id", "kind");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "knowledge_uses_article_idx" ON "knowledge_uses" ("article_id");
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "knowledge_reminders" (
  "article_id" bigint NOT NULL REFERENCES "knowledge_articles"("id"),
  "effective_until" date NOT NULL,
  "owner_unit_id" bigint NOT NULL REFERENCES "units"("id"),
  "created_at" timestamp with time zone NOT NULL DEFAULT now(),
  "seen_at" timestamp with time zone,
  PRIMARY KEY ("article_id", "effective_until")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "knowledge_portal_visits" (
  "day" date NOT NULL,
  "outcome" text NOT NULL CHECK ("outcome" IN ('left', 'submitted')),
  "count" integer NOT NULL DEFAULT 0,
  PRIMARY KEY ("day", "outcome")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "knowledge_terms" (
  "word" text PRIMARY KEY,
  "ndoc" integer NOT NULL DEFAULT 0
);
