// 导入: articles from an Excel sheet (one per row, headed 标题 / 问法 / 答复 / 分类 / 政策依据 / 关键词 / 生效日期 /
// 失效日期 / 公开) or from Markdown files (“# 标题”, then “## 问法” list, “## 答复”, and “分类：”, “关键词：”,
// “依据：”, “生效：”, “失效：” lines). Each accepted one becomes a draft of the importer's unit, to be reviewed as any
// other; the report names every refused row or file and why.
import ExcelJS from 'exceljs'
import type { Sql } from 'postgres'
import { errors } from '../http/errors.js'
import type { StaffUser } from '../users/service.js'
import { createArticle, type ArticleInput } from './articles.js'

export interface ImportReport {
  created: { row: number | string; id: number; title: string }[]
  refused: { row: number | string; title: string | null; reason: string }[]
}

const HEADERS: Record<string, keyof Row> = {
  标题: 'title', 问法: 'questions', 答复: 'answer', 答复内容: 'answer', 分类: 'category', 政策依据: 'source', 依据: 'source',
  关键词: 'keywords', 生效日期: 'from', 失效日期: 'until', 公开: 'isPublic',
}
interface Row { title: string; questions: string; answer: string; category: string; source: string; keywords: string; from: string; until: string; isPublic: string }

const DAY = /^\d{4}-\d{2}-\d{2}$/
const list = (s: string) => s.split(/[\n;；,，、]+/).map((x) => x.trim()).filter(Boolean)

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return ''
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('')
    if ('text' in v) return String(v.text)
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue)
  }
  return String(v).trim()
}

/** Why a row cannot become an article, or its input. */
function check(r: Partial<Row>, categories: Set<string>): ArticleInput | string {
  const title = r.title?.trim() ?? ''
  const answer = r.answer?.trim() ?? ''
  if (!title) return '缺少标题 / no title'
  if (title.length > 200) return '标题超过 200 字 / title longer than 200 characters'
  if (answer.length < 2) return '缺少答复内容 / no answer'
  if (answer.length > 20000) return '答复超过 20000 字 / answer too long'
  const category = r.category?.trim() || null
  if (category && !categories.has(category)) return `未知分类“${category}” / unknown category`
  const from = r.from?.trim() || null, until = r.until?.trim() || null
  if ((from && !DAY.test(from)) || (until && !DAY.test(until))) return '日期须为 YYYY-MM-DD / dates must be YYYY-MM-DD'
  if (from && until && from > until) return '失效日期早于生效日期 / ends before it starts'
  return {
    title, answer, category, source: r.source?.trim() || null, questions: list(r.questions ?? '').slice(0, 30), keywords: list(r.keywords ?? '').slice(0, 30),
    effectiveFrom: from, effectiveUntil: until, isPublic: /^(是|公开|y|yes|true|1)$/i.test(r.isPublic?.trim() ?? ''),
  }
}

/** The rows of the first sheet, by their header names. */
export async function readSheet(data: Buffer): Promise<{ row: number; values: Partial<Row> }[]> {
  const book = new ExcelJS.Workbook()
  try {
    await book.xlsx.load(data as never)
  } catch {
    throw errors.importUnreadable()
  }
  const sheet = book.worksheets[0]
  if (!sheet) throw errors.importUnreadable()
  const columns = new Map<number, keyof Row>()
  sheet.getRow(1).eachCell((cell, col) => { const key = HEADERS[cellText(cell.value).replace(/\s/g, '')]; if (key) columns.set(col, key) })
  if (!columns.size) throw errors.importUnreadable({ reason: '第一行须为表头（标题、答复…） / the first row must name the columns' })
  const out: { row: number; values: Partial<Row> }[] = []
  sheet.eachRow((row, n) => {
    if (n === 1) return
    const values: Partial<Row> = {}
    row.eachCell((cell, col) => { const key = columns.get(col); if (key) values[key] = cellText(cell.value) })
    if (Object.values(values).some((v) => v)) out.push({ row: n, values })
  })
  return out
}

/** One Markdown file as an article's fields. */
export function readMarkdown(text: string): Partial<Row> {
  const r: Partial<Row> = {}
  let section: 'questions' | 'answer' | null = null
  const questions: string[] = [], answer: string[] = []
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trimEnd()
    const h1 = /^#\s+(.+)$/.exec(line)
    if (h1 && !r.title) { r.title = h1[1]!.trim(); continue }
    const h2 = /^##\s+(.+)$/.exec(line)
    if (h2) { section = /问法|问题/.test(h2[1]!) ? 'questions' : /答复|回答|答案/.test(h2[1]!) ? 'answer' : null; continue }
    const field = /^(分类|关键词|依据|政策依据|生效|失效|公开)\s*[:：]\s*(.*)$/.exec(line)
    if (field && section !== 'answer') {
      const v = field[2]!.trim()
      if (field[1] === '分类') r.category = v
      else if (field[1] === '关键词') r.keywords = v
      else if (field[1] === '生效') r.from = v
      else if (field[1] === '失效') r.until = v
      else if (field[1] === '公开') r.isPublic = v
      else r.source = v
      continue
    }
    if (section === 'questions') { const q = line.replace(/^[-*•]\s*/, '').trim(); if (q) questions.push(q) }
    else if (section === 'answer') answer.push(line)
  }
  r.questions = questions.join('\n')
  r.answer = answer.join('\n').trim()
  return r
}

/** Imports the rows or files as drafts of the user's unit; nothing is published by an import. */
export async function importArticles(sql: Sql, user: StaffUser, items: { row: number | string; values: Partial<Row> }[]): Promise<ImportReport> {
  const categories = new Set((await sql`select category from routing_rules`).map((r) => r.category as string))
  const existing = new Set((await sql`select title from knowledge_articles where owner_unit_id = ${user.unit.id}`).map((r) => r.title as string))
  const report: ImportReport = { created: [], refused: [] }
  for (const { row, values } of items) {
    const input = check(values, categories)
    if (typeof input === 'string') { report.refused.push({ row, title: values.title?.trim() || null, reason: input }); continue }
    if (existing.has(input.title)) { report.refused.push({ row, title: input.title, reason: '本单位已有同名条目 / the unit already has an article with this title' }); continue }
    const id = await createArticle(sql, user, input)
    existing.add(input.title)
    report.created.push({ row, id, title: input.title })
  }
  return report
}
