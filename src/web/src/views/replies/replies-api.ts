// 提交办理结果 with evidence files (issue 20): the reply and its photos/documents in one request.
import { api } from '../../api/client'
import type { Answer, Item } from '../../../shared/api'

type CaseAnswer = Answer<'/api/cases/{id}'>
export type ReplyEvidenceFile = Item<NonNullable<CaseAnswer['replyEvidence']>>

export const repliesApi = {
  submit: (caseId: number, reply: { text: string; resolved: boolean }, files: File[], expectedVersion?: number) => {
    const form = new FormData()
    form.append('data', JSON.stringify({ ...reply, ...(expectedVersion !== undefined ? { expectedVersion } : {}) }))
    for (const f of files) form.append('files', f, f.name)
    return api.post('/api/cases/{id}/reply', form, { path: { id: caseId } })
  },
}

/** The officers' evidence of a case view. */
export const replyEvidenceOf = (view: Pick<CaseAnswer, 'replyEvidence'>): ReplyEvidenceFile[] => view.replyEvidence ?? []
