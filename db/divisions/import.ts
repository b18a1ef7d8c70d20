// Loads a city's divisions (and one default unit per division) into the database; safe to run again.
import { sql } from 'drizzle-orm'
import { schema, type Db } from '../../src/db/index.js'
import { defaultUnitName, inspectionUnitName, readCityDivisions } from './source.js'

export interface ImportResult { divisions: number; units: number; byLevel: Record<string, number> }

export async function importCityDivisions(db: Db, cityCode: string, onProgress?: (stage: string, count: number) => void): Promise<ImportResult> {
  const rows = await readCityDivisions(cityCode, { onProgress })
  const byLevel: Record<string, number> = {}
  for (const r of rows) byLevel[r.level] = (byLevel[r.level] ?? 0) + 1
  let units = 0
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 500) {
      const batch = rows.slice(i, i + 500)
      await tx.insert(schema.divisions)
        .values(batch.map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parentCode, cityCode })))
        .onConflictDoUpdate({ target: schema.divisions.code, set: { name: sql`excluded.name`, level: sql`excluded.level`, parentCode: sql`excluded.parent_code` } })
      const inserted = await tx.insert(schema.units)
        .values(batch.map((r) => ({ name: defaultUnitName(r), divisionCode: r.code, level: r.level, isDefault: true })))
        .onConflictDoNothing()
        .returning({ id: schema.units.id })
      units += inserted.length
      onProgress?.('saved', Math.min(i + 500, rows.length))
    }
    // the city's inspection unit (市纪委监委): outside the centre's subtree, where reports against the centre go (回避)
    const city = rows.find((r) => r.code === cityCode)
    if (city) {
      const inspection = await tx.insert(schema.units)
        .values({ name: inspectionUnitName(city), divisionCode: city.code, level: 'city', isDefault: false, kind: 'inspection' })
        .onConflictDoNothing()
        .returning({ id: schema.units.id })
      units += inspection.length
    }
  })
  return { divisions: rows.length, units, byLevel }
}

export async function cityIsImported(db: Db, cityCode: string): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(schema.divisions).where(sql`${schema.divisions.code} = ${cityCode}`)
  return (row?.n ?? 0) > 0
}
