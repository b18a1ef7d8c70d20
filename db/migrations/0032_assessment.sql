-- 0032_assessment: the monthly 考核 ranking (issue 22, art. 7). City admins set the weights as versions that are never
-- changed (a version takes effect from a month on; a month keeps the version it was computed with), a worker computes
-- each unit's figures, score and rank for the month before, and the result is kept as that month's snapshot.
CREATE TABLE IF NOT EXISTS "assessment_weights" (
  "version" integer PRIMARY KEY,
  -- the first month (its first day) the version applies to; a later version with an earlier or equal month wins
  "effective_from" date NOT NULL CHECK (extract(day from "effective_from") = 1),
  "weights" jsonb NOT NULL,
  "note" text,
  "created_by" bigint,
  "created_at" timestamp with time zone NOT NULL DEFAULT now()
);
--> statement-breakpoint
-- the weights a month is computed with are a record: never changed, never removed (the app role keeps SELECT, INSERT)
DROP TRIGGER IF EXISTS assessment_weights_no_change ON assessment_weights;
--> statement-breakpoint
CREATE TRIGGER assessment_weights_no_change BEFORE UPDATE OR DELETE ON assessment_weights FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS assessment_weights_no_truncate ON assessment_weights;
--> statement-breakpoint
CREATE TRIGGER assessment_weights_no_truncate BEFORE TRUNCATE ON assessment_weights FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
-- the first version, in force until a city admin sets another: the rates make 100 points, deductions come off
INSERT INTO "assessment_weights" ("version", "effective_from", "weights", "note") VALUES (1, DATE '2000-01-01',
  '{"onTime": 20, "response": 15, "resolution": 25, "satisfaction": 30, "parts": 10, "perReturn": 0.5, "perUnansweredNotice": 2, "perAccountability": 3, "maxDeduction": 20}'::jsonb,
  '初始权重 / initial weights')
ON CONFLICT ("version") DO NOTHING;
--> statement-breakpoint
-- one row per computed month: the weights it was computed with (copied, so the month explains itself) and when
CREATE TABLE IF NOT EXISTS "assessment_months" (
  "month" date PRIMARY KEY CHECK (extract(day from "month") = 1),
  "weights_version" integer NOT NULL REFERENCES "assessment_weights"("version"),
  "weights" jsonb NOT NULL,
  "computed_at" timestamp with time zone NOT NULL DEFAULT now(),
  -- null: the monthly job
  "computed_by" bigint,
  "cases" integer NOT NULL DEFAULT 0,
  "units" integer NOT NULL DEFAULT 0
);
--> statement-breakpoint
-- each assessed unit's counts (the rates are derived from them), deduction, score and rank for a month
CREATE TABLE IF NOT EXISTS "assessment_scores" (
  "month" date NOT NULL REFERENCES "assessment_months"("month"),
  "unit_id" bigint NOT NULL,
  "division_code" text NOT NULL,
  "parent_code" text NOT NULL,
  "county_code" text,
  "level" "level" NOT NULL,
  "cases" integer NOT NULL,
  "dispatched" integer NOT NULL,
  "signed_in_time" integer NOT NULL,
  "closed" integer NOT NULL,
  "on_time" integer NOT NULL,
  "replied" integer NOT NULL,
  "resolved" integer NOT NULL,
  "evaluated" integer NOT NULL,
  "satisfied" integer NOT NULL,
  "parts_judged" integer NOT NULL,
  "parts_on_time" integer NOT NULL,
  "returns" integer NOT NULL,
  "unanswered_notices" integer NOT NULL,
  "accountability" integer NOT NULL,
  "deduction" numeric(7, 2) NOT NULL,
  -- null: fewer cases than the minimum (样本不足), not ranked
  "score" numeric(7, 2),
  -- within the parent division (counties in the city, townships in the county, villages in the township)
  "rank" integer,
  "rank_of" integer,
  -- villages also within their county
  "county_rank" integer,
  "county_rank_of" integer,
  PRIMARY KEY ("month", "unit_id")
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "assessment_scores_group_idx" ON "assessment_scores" ("month", "level", "parent_code", "rank");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "assessment_scores_county_idx" ON "assessment_scores" ("month", "level", "county_code", "county_rank");
--> statement-breakpoint
-- the month's cases by the time they were received: the assessment reads one month of a table of years
CREATE INDEX IF NOT EXISTS "cases_received_idx" ON "cases" ("received_at");
