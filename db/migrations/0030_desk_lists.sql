-- 0030_desk_lists: the desk's lists — saved list views per user, and the index that finds the cases merged into a case
-- (合并留痕: the surviving case shows each case merged into it). Idempotent: runs on an install that has it already.
CREATE TABLE IF NOT EXISTS saved_views (
	id bigserial PRIMARY KEY,
	user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
	name text NOT NULL,
	-- where the view is used (a list page's path) and its filters, as the list's URL query keeps them
	page text NOT NULL,
	query jsonb NOT NULL DEFAULT '{}'::jsonb,
	created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS saved_views_user_page_name_idx ON saved_views (user_id, page, name);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS case_events_merged_into_idx ON case_events (((payload->>'intoCaseId')::bigint)) WHERE type = 'MERGE';
