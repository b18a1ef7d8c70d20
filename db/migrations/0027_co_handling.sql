-- 0027_co_handling: 主办/协办 (issue 22). A case's assisting parts live in its snapshot (context.parts, machine version
-- 2); case_parts is their derived row, one per part, written by applyEvent in the event's transaction, for the
-- assisting units' queue, the board and the rates. Old cases have no parts and no rows: nothing to migrate.
CREATE TABLE IF NOT EXISTS "case_parts" (
  "case_id" bigint NOT NULL,
  "seq" integer NOT NULL,
  "unit_id" bigint NOT NULL,
  "lead_unit_id" bigint NOT NULL,
  "level" "level" NOT NULL,
  "status" text NOT NULL,
  "round" integer NOT NULL DEFAULT 0,
  "assigned_at" timestamp with time zone NOT NULL,
  "sign_due_at" timestamp with time zone NOT NULL,
  "due_at" timestamp with time zone NOT NULL,
  "signed_at" timestamp with time zone,
  "signed_in_time" boolean,
  "closed_at" timestamp with time zone,
  "late" boolean NOT NULL DEFAULT false,
  "updated_at" timestamp with time zone NOT NULL DEFAULT now(),
  PRIMARY KEY ("case_id", "seq")
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "case_parts_open_idx" ON "case_parts" ("unit_id", "due_at") WHERE "status" IN ('assigned', 'handling');
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "case_parts_unit_idx" ON "case_parts" ("unit_id", "assigned_at");
--> statement-breakpoint
-- 督办单 (issue 22): numbered supervision notices to a unit on a case; answered, or escalated to the unit's parent.
CREATE SEQUENCE IF NOT EXISTS "supervision_notice_seq";
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "supervision_notices" (
  "id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  "number" text NOT NULL UNIQUE,
  "case_id" bigint NOT NULL,
  "unit_id" bigint NOT NULL,
  "issuer_user_id" bigint,
  "issuer_unit_id" bigint NOT NULL,
  "reason" text NOT NULL,
  "required_action" text NOT NULL,
  "due_at" timestamp with time zone NOT NULL,
  "status" text NOT NULL DEFAULT 'issued',
  "acknowledged_at" timestamp with time zone,
  "acknowledged_by" bigint,
  "answer" text,
  "answered_at" timestamp with time zone,
  "answered_by" bigint,
  "escalated_at" timestamp with time zone,
  "escalated_from" bigint,
  "automatic" boolean NOT NULL DEFAULT false,
  "created_at" timestamp with time zone NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "supervision_notices_unit_idx" ON "supervision_notices" ("unit_id", "created_at");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "supervision_notices_case_idx" ON "supervision_notices" ("case_id");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "supervision_notices_due_idx" ON "supervision_notices" ("due_at") WHERE "status" IN ('issued', 'acknowledged');
--> statement-breakpoint
-- 自动督办: the city admins' rule that raises a notice by itself when a case turns red (one row, id 1)
CREATE TABLE IF NOT EXISTS "supervision_rules" (
  "id" integer PRIMARY KEY DEFAULT 1 CHECK ("id" = 1),
  "red_enabled" boolean NOT NULL DEFAULT false,
  "working_days" integer NOT NULL DEFAULT 2,
  "required_action" text NOT NULL DEFAULT '立即办理，并书面说明超期原因',
  "updated_by" bigint,
  "updated_at" timestamp with time zone NOT NULL DEFAULT now()
);
