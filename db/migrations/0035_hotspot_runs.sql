-- 0035_hotspot_runs (issue 23): the nightly hotspot run is stored, so the board and the public page read it instead
-- of each view computing its own. Nothing personal is kept: a cluster is its place, category, keywords (filtered as
-- the live view filters them) and case ids; the weekly counts are per place, category and accused unit (回避 is
-- applied when a viewer reads them); the public part is counts per county and category. Old runs are deleted by the
-- job itself after HOTSPOT_RUNS_KEEP_DAYS days (the children go with them).
CREATE TABLE IF NOT EXISTS "hotspot_runs" (
  "id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  "computed_at" timestamp with time zone NOT NULL,
  "window_days" integer NOT NULL,
  "weeks" integer NOT NULL,
  "window_cases" integer NOT NULL,
  "took_ms" integer NOT NULL,
  "public" jsonb NOT NULL,
  "created_at" timestamp with time zone NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS hotspot_runs_computed_idx ON hotspot_runs (computed_at DESC);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "hotspot_run_clusters" (
  "run_id" bigint NOT NULL REFERENCES "hotspot_runs"("id") ON DELETE CASCADE,
  "ordinal" integer NOT NULL,
  "place" text NOT NULL,
  "category" text,
  "keywords" text[] NOT NULL,
  "case_ids" bigint[] NOT NULL,
  PRIMARY KEY ("run_id", "ordinal")
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS hotspot_run_clusters_place_idx ON hotspot_run_clusters (run_id, place text_pattern_ops);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "hotspot_run_weeks" (
  "run_id" bigint NOT NULL REFERENCES "hotspot_runs"("id") ON DELETE CASCADE,
  "division_code" text NOT NULL,
  "category" text NOT NULL,
  "recuse_unit_id" bigint,
  "counts" integer[] NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS hotspot_run_weeks_division_idx ON hotspot_run_weeks (run_id, division_code text_pattern_ops);
