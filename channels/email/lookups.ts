// classifyInbound's look-ups over the database: our sent Message-IDs, the mails we received, and the case numbers.
import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm'
import { schema, type Db } from '../../src/db/index.js'
import type { InboundLookups } from './parse.js'

export function dbInboundLookups(db: Db): InboundLookups {
  return {
    async findCaseByMessageId(messageIds) {
      const ids = messageIds.filter(Boolean).slice(0, 50)
      if (!ids.length) return null
      const rows = await db
        .select({ caseId: schema.outboundMessages.caseId, messageId: schema.outboundMessages.messageId })
        .from(schema.outboundMessages)
        .where(and(eq(schema.outboundMessages.channel, 'email'), inArray(schema.outboundMessages.messageId, ids), isNotNull(schema.outboundMessages.caseId)))
        .orderBy(desc(schema.outboundMessages.id))
      // the first id given wins (In-Reply-To before the older References)
      for (const id of ids) {
        const row = rows.find((r) => r.messageId === id)
        if (row?.caseId != null) return row.caseId
      }
      return null
    },
    async findCaseByInboundMessageId(messageIds) {
      const ids = messageIds.filter(Boolean).slice(0, 50)
      if (!ids.length) return null
      const [row] = await db
        .select({ caseId: schema.inboundEmails.caseId, caseNumber: schema.complaints.caseNumber })
        .from(schema.inboundEmails)
        .innerJoin(schema.complaints, eq(schema.complaints.id, schema.inboundEmails.caseId))
        .where(and(inArray(schema.inboundEmails.messageId, ids), isNotNull(schema.inboundEmails.caseId)))
        .orderBy(desc(schema.inboundEmails.id))
        .limit(1)
      return row ? { caseId: row.caseId, caseNumber: row.caseNumber } : null
    },
    async findCaseByNumber(caseNumber) {
      const [row] = await db
        .select({ id: schema.cases.id })
        .from(schema.complaints)
        .innerJoin(schema.cases, eq(schema.cases.id, schema.complaints.id))
        .where(eq(schema.complaints.caseNumber, caseNumber))
        .limit(1)
      return row?.id ?? null
    },
  }
}
