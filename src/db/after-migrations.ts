// Data steps a migration leaves for after its transaction commits: a row may take an enum value only once the value
// is committed (PostgreSQL refuses "unsafe use of new value" in the transaction that added it, and drizzle's migrator
// runs every pending migration in one transaction). Each step is cheap when there is nothing to do, and safe to repeat.
import type postgres from 'postgres'

/**
 * 0034: 主动治理 tasks stored on channel `web` before it had the value `proactive`. The migration left their ids in
 * proactive_channel_pending; the complaint, its case and its intake move together, and the table goes.
 */
async function proactiveChannel(sql: postgres.Sql): Promise<void> {
  const [{ pending }] = await sql`select to_regclass('proactive_channel_pending') is not null as pending`
  if (!pending) return
  await sql.begin(async (tx) => {
    await tx`update complaints set channel = 'proactive' where id in (select id from proactive_channel_pending)`
    await tx`update cases set channel = 'proactive' where id in (select id from proactive_channel_pending)`
    await tx`update intakes set channel = 'proactive' where complaint_id in (select id from proactive_channel_pending)`
    await tx`drop table proactive_channel_pending`
  })
}

/** Runs after every migrate, under the migration lock. */
export async function afterMigrations(sql: postgres.Sql): Promise<void> {
  await proactiveChannel(sql)
}
