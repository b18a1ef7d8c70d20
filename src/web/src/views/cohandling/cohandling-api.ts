// 协办 (issue 22): the assisting units' parts queue and their opinion with evidence files.
import { http, qs } from '../../api/client'
import type { CaseView } from '../../api/types'

export interface AssistingChoice { unitId: number | null; workingDays: number }

export interface PartFile { id: number; filename: string; mime: string; size: number; url: string }
export interface CasePart {
  seq: number
  unit: { id: number; name: string; level: string } | null
  leadUnit: { id: number; name: string; level: string } | null
  status: 'assigned' | 'handling' | 'submitted' | 'returned' | 'lapsed' | 'cancelled'
  statusLabel: string
  assignedAt: string; dueAt: string; signedAt: string | null; closedAt: string | null; late: boolean
  returnReason: string | null
  opinion: { text: string; at: string; files: PartFile[] } | null
}

export interface PartQueueItem {
  caseId: number; seq: number; caseNumber: string; title: string; state: string; stateLabel: string
  status: CasePart['status']; statusLabel: string; leadUnit: { id: number; name: string }
  assignedAt: string; signDueAt: string; dueAt: string; signedAt: string | null; closedAt: string | null; late: boolean
  warning: 'none' | 'yellow' | 'red'; warningLabel: string
}

export const cohandlingApi = {
  parts: (queue: 'open' | 'closed' | 'all', page = 1, pageSize = 20) =>
    http.get<{ total: number; page: number; pageSize: number; items: PartQueueItem[] }>('/api/cohandling/parts' + qs({ queue, page, pageSize })),
  /** 提交协办意见 with evidence files, in one request */
  submitOpinion: (caseId: number, text: string, files: File[]) => {
    const form = new FormData()
    form.append('data', JSON.stringify({ text }))
    for (const f of files) form.append('files', f, f.name)
    return http.post<CaseView>(`/api/cases/${caseId}/parts/opinion`, form)
  },
}

/** The parts of a case view (a field the hand-written CaseView type does not know yet). */
export const partsOf = (view: CaseView): CasePart[] => ((view as unknown as { parts?: CasePart[] }).parts ?? [])

/** Only the rows with a unit, as DISPATCH and DELEGATE take them. */
export const assistingPayload = (rows: AssistingChoice[] | undefined) =>
  (rows ?? []).filter((r) => r.unitId).map((r) => ({ unitId: r.unitId as number, workingDays: r.workingDays }))
