// 导出诉求清单: a case list as a table, row by row from a cursor, with the columns and the masking of the list on
// screen (the name and phone as identity_masked keeps them; an anonymous complainant is 匿名).
import type { Sql } from 'postgres'
import { exportQuery, type CaseListQuery } from '../cases/list.js'
import { stateLabels } from '../cases/machine.js'
import { channelLabels, typeLabels, type Channel, type ComplaintType } from '../complaints/draft.js'
import type { StaffUser } from '../users/service.js'
import type { Cell, Column } from './table.js'

export const CASE_COLUMNS: Column[] = [
  { header: '诉求编号', width: 20 }, { header: '标题', width: 40 }, { header: '渠道', width: 12 }, { header: '类型', width: 8 },
  { header: '分类', width: 14 }, { header: '状态', width: 10 }, { header: '预警', width: 8 }, { header: '诉求人', width: 10 },
  { header: '联系电话', width: 14 }, { header: '受理时间', width: 17 }, { header: '本环节时限', width: 17 }, { header: '总时限', width: 17 },
  { header: '当前承办单位', width: 28 }, { header: '退回次数', width: 9 }, { header: '督办次数', width: 9 },
]

const CHINA_OFFSET_MS = 8 * 3600_000
/** 2026-12-07 14:05, China time, as the console shows it */
export function chinaDateTime(d: Date | string | null): string {
  if (!d) return ''
  const t = new Date(new Date(d).getTime() + CHINA_OFFSET_MS).toISOString()
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`
}

const BATCH = 1000

export async function* caseRows(sql: Sql, user: StaffUser, query: CaseListQuery): AsyncIterable<Cell[][]> {
  const categories = new Map((await sql`select category, label from routing_rules`).map((r) => [r.category as string, r.label as string]))
  for await (const rows of exportQuery(sql, user, query).cursor(BATCH)) {
    yield rows.map((r) => {
      const who = r.type === 'proactive' ? { name: `主动发现：${r.raised_by ?? ''}`, phone: '' } : r.anonymous ? { name: '匿名', phone: '' } : (r.identity_masked ?? {}) as { name?: string; phone?: string }
      return [
        r.case_number, r.title, channelLabels[r.channel as Channel] ?? r.channel, typeLabels[r.type as ComplaintType] ?? r.type,
        r.category ? categories.get(r.category) ?? r.category : '', stateLabels[r.state as keyof typeof stateLabels] ?? r.state,
        r.warning === 'none' ? '' : stateLabels[r.warning as 'yellow' | 'red'] ?? r.warning, who.name ?? '', who.phone ?? '',
        chinaDateTime(r.received_at), chinaDateTime(r.link_due_at), chinaDateTime(r.overall_due_at), r.current_unit ?? '',
        Number(r.return_count), Number(r.supervision_count),
      ]
    })
  }
}
