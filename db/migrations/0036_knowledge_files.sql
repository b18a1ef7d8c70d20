-- 0036_knowledge_files (issue 21): an article's files (申请表.docx, 办事指南.pdf) uploaded to the attachment store
-- (content-addressed blobs under <dataDir>/files, src/attachments/store.ts), each row naming the article versions it
-- belongs to: from `added_in_version` until `removed_in_version` (exclusive), so a published version keeps the files
-- it was published with while a newer draft adds or removes some. A row is never deleted (the removal is a version
-- number, audited): the table carries refuse_record_delete, so the app role gets no DELETE on it (src/db/roles.ts).
-- The link attachments of knowledge_versions.attachments stay as they are and are shown beside the files.
CREATE TABLE IF NOT EXISTS "knowledge_files" (
  "id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  "article_id" bigint NOT NULL REFERENCES "knowledge_articles"("id"),
  "sha256" text NOT NULL CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
  "size" bigint NOT NULL CHECK ("size" >= 0),
  "mime" text NOT NULL,
  "filename" text NOT NULL,
  "added_in_version" integer NOT NULL,
  "removed_in_version" integer,
  "created_by" bigint REFERENCES "users"("id"),
  "created_at" timestamp with time zone NOT NULL DEFAULT now(),
  "removed_by" bigint REFERENCES "users"("id"),
  "removed_at" timestamp with time zone,
  CHECK ("removed_in_version" IS NULL OR "removed_in_version" >= "added_in_version")
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "knowledge_files_article_idx" ON "knowledge_files" ("article_id", "added_in_version");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "knowledge_files_sha_idx" ON "knowledge_files" ("sha256");
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refuse_record_delete() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% rows are records and are never deleted (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS knowledge_files_no_delete ON knowledge_files;
--> statement-breakpoint
CREATE TRIGGER knowledge_files_no_delete BEFORE DELETE OR TRUNCATE ON knowledge_files FOR EACH STATEMENT EXECUTE FUNCTION refuse_record_delete();
