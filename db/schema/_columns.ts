// Column helpers shared by the schema files.
import { bigint, timestamp } from 'drizzle-orm/pg-core'

export const id = () => bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity()
export const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow()
export const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })
export const ref = (name: string) => bigint(name, { mode: 'number' })
