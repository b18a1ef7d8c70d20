// One table written as .xlsx (exceljs' streaming WorkbookWriter: rows are committed as they come, so a list of
// 100,000 cases never sits in memory whole) or as CSV (UTF-8 with a BOM, so Excel opens it in Chinese).
import { PassThrough, type Readable } from 'node:stream'
import ExcelJS from 'exceljs'

export type ExportFormat = 'xlsx' | 'csv'
export interface Column { header: string; width?: number }
export type Cell = string | number | null

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, a tab or a return first) is written as text with a
 * leading apostrophe (OWASP: CSV injection); numbers are kept as numbers.
 */
export function safeCell(v: Cell): Cell {
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(v)) return `'${v}`
  return v
}

function csvField(v: Cell): string {
  const s = v === null ? '' : String(safeCell(v))
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** A readable stream of the file; `rows` is read as the stream is read (back-pressure from the client). */
export function writeTable(format: ExportFormat, sheetName: string, columns: Column[], rows: AsyncIterable<Cell[][]>): { stream: Readable; done: Promise<number> } {
  const out = new PassThrough()
  const done = (async () => {
    let n = 0
    if (format === 'csv') {
      const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())))
      await write('\uFEFF' + columns.map((c) => csvField(c.header)).join(',') + '\r\n')
      for await (const batch of rows) {
        await write(batch.map((r) => r.map(csvField).join(',') + '\r\n').join(''))
        n += batch.length
      }
      out.end()
      return n
    }
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false })
    const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.columns = columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? 14 }))
    ws.getRow(1).font = { bold: true }
    ws.getRow(1).commit()
    for await (const batch of rows) {
      for (const r of batch) ws.addRow(r.map(safeCell)).commit()
      n += batch.length
    }
    ws.commit()
    await wb.commit()
    return n
  })()
  done.catch((err) => out.destroy(err instanceof Error ? err : new Error(String(err))))
  return { stream: out, done }
}

/** `attachment` with an ASCII fallback name and the Chinese one in RFC 5987 form (ASVS 5.4.1: no raw name in the header). */
export function contentDisposition(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName.replace(/[^A-Za-z0-9._-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

export const MIME: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
}
