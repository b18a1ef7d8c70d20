// 提交办理结果 with evidence files (issue 20): the reply and its photos/documents in one request.
import { http } from '../../api/client'
import type { CaseView } from '../../api/types'

export interface ReplyEvidenceFile {
  id: number; filename: string; mime: string; size: number; url: string
  addedAt: string; addedBy: string | null; addedByUnit: string | null
}

export const repliesApi = {
  submit: (caseId: number, reply: { text: string; resolved: boolean }, files: File[], expectedVersion?: number) => {
    const form = new FormData()
    form.append('data', JSON.stringify({ ...reply, ...(expectedVersion !== undefined ? { expectedVersion } : {}) }))
    for (const f of files) form.append('files', f, f.name)
    return http.post<CaseView>(`/api/cases/${caseId}/reply`, form)
  },
}

/** The officers' evidence of a case view (a field the hand-written CaseView type does not know yet). */
export const replyEvidenceOf = (view: CaseView): ReplyEvidenceFile[] => ((view as unknown as { replyEvidence?: ReplyEvidenceFile[] }).replyEvidence ?? [])
