// 协办 (issue 22): the assisting units' parts queue and their opinion with evidence files.
import { api } from '../../api/client'
import type { Answer, Item } from '../../../shared/api'

export interface AssistingChoice { unitId: number | null; workingDays: number }

type CaseAnswer = Answer<'/api/cases/{id}'>
export type CasePart = Item<NonNullable<CaseAnswer['parts']>>
export type PartFile = Item<NonNullable<CasePart['opinion']>['files']>
export type PartQueueItem = Answer<'/api/cohandling/parts'>['items'][number]

export const cohandlingApi = {
  parts: (queue: 'open' | 'closed' | 'all', page = 1, pageSize = 20) => api.get('/api/cohandling/parts', { query: { queue, page, pageSize } }),
  /** 提交协办意见 with evidence files, in one request */
  submitOpinion: (caseId: number, text: string, files: File[]) => {
    const form = new FormData()
    form.append('data', JSON.stringify({ text }))
    for (const f of files) form.append('files', f, f.name)
    return api.post('/api/cases/{id}/parts/opinion', form, { path: { id: caseId } })
  },
}

/** The parts of a case view. */
export const partsOf = (view: Pick<CaseAnswer, 'parts'>): CasePart[] => view.parts ?? []

/** Only the rows with a unit, as DISPATCH and DELEGATE take them. */
export const assistingPayload = (rows: AssistingChoice[] | undefined) =>
  (rows ?? []).filter((r) => r.unitId).map((r) => ({ unitId: r.unitId as number, workingDays: r.workingDays }))
