// Channel work that other issues are building (hotline call-backs and call logging, letters, visits, fax,
// attachments). Each call is the endpoint the channel issue names; a 404 "No route" shows 暂未开放.
import { api, http } from './client'
import type { Answer, Body, Query } from '../../shared/api'
import type { ComplaintForm, IntakeAnswer, CaseState } from './types'

/** A letter's or visit's receipt (POST /api/intake/letter|visit); a transcribed fax, no new intake, shows no tracking code. */
export type PaperAnswer = Pick<IntakeAnswer, 'id' | 'caseNumber' | 'pin' | 'state' | 'possibleDuplicateOf'> & {
  trackingCode: IntakeAnswer['trackingCode'] | null; receipt?: string; groupVisit?: boolean; visitors?: number; letterNumber?: string
}

/** The operator's call form: the complaint plus what issue 5 adds to POST /api/intake/hotline|phone. */
export interface CallForm extends ComplaintForm {
  callSid?: string
  callerPhone?: string
  /** when the call or the matter took place, if not now */
  occurredAt?: string
  /** REGISTER in the same transaction (登记即受理) */
  register?: { category: string; complaintType?: string; urgency?: string; divisionCode?: string }
  /** a consultation answered on the spot (当场答复) */
  answer?: string
  /** added to this open case instead of a new complaint (补充到在办诉求) */
  addToCaseId?: number
}

/** The answer of a logged call: the intake's receipt, or the open case the call was added to (addedTo). */
export type CallAnswer = Answer<'/api/intake/hotline', 'post'>

export type CallbackTask = Answer<'/api/callbacks'>['items'][number]

/** GET /api/cases/:id/attachments (src/attachments/routes.ts); a multi-page TIFF (fax) is also served page by page as PNG */
export type Attachment = Answer<'/api/cases/{id}/attachments'>['items'][number]

export interface Visitor { name: string; idNumber?: string; phone?: string }

export const channelsApi = {
  logCall: (line: 'hotline' | 'phone', form: CallForm, key: string) =>
    api.post(`/api/intake/${line}`, form as Body<'/api/intake/hotline'>, { headers: { 'idempotency-key': key } }),
  /** calls waiting for an operator now (a pop missed while the page was closed) */
  activeCalls: () => api.get('/api/calls', { query: { status: 'queued' }, quiet: true }),
  /** 接听: the screen pop (number, earlier cases) goes to the operator who takes the call; 409 call_taken when another did */
  takeCall: (callSid: string) => api.post('/api/calls/{callSid}/take', {}, { path: { callSid } }),
  /** after-hours messages not yet logged, with their recordings */
  voicemails: () => api.get('/api/calls', { query: { status: 'voicemail' }, quiet: true }),
  callbacks: (status: NonNullable<Query<'/api/callbacks'>['status']> = 'open') => api.get('/api/callbacks', { query: { status } }),
  callbackOutcome: (id: number, body: Body<'/api/callbacks/{id}/outcome'>) => api.post('/api/callbacks/{id}/outcome', body, { path: { id } }),

  /** 来信 / 来访: the form as JSON in a `data` field and the scans as files (multipart), or plain JSON without files. */
  registerPaper(channel: 'letter' | 'visit', form: Record<string, unknown>, files: File[], key: string): Promise<PaperAnswer> {
    const headers = { 'idempotency-key': key }
    if (!files.length) return api.post(`/api/intake/${channel}`, form as Body<'/api/intake/letter'>, { headers })
    const body = new FormData()
    body.set('data', JSON.stringify(form))
    for (const f of files) body.append('files', f, f.name)
    return api.post(`/api/intake/${channel}`, body, { headers })
  },
  /** 传真转录: the clerk types in what the fax says (the case came in from the gateway, in intake) */
  transcribeFax: (caseId: number, form: Record<string, unknown>) =>
    api.post('/api/cases/{id}/transcription', form as Body<'/api/cases/{id}/transcription'>, { path: { id: caseId } }),
  attachments: (caseId: number) => api.get('/api/cases/{id}/attachments', { path: { id: caseId }, quiet: true }).then((r) => r.items),
  receiptUrl: (caseId: number) => `/api/cases/${caseId}/receipt`,
  replyLetterUrl: (caseId: number) => `/api/cases/${caseId}/reply-letter`,
  /** 邮寄登记: the printed reply letter was posted; this is the letter's SEND_FEEDBACK */
  letterPosting: (caseId: number, body: Body<'/api/cases/{id}/letter-posting'>) => api.post('/api/cases/{id}/letter-posting', body, { path: { id: caseId } }),
  /** Opens a printable page (HTML from the server) in a new tab; with the PIN only right after intake. */
  async openPrintable(url: string, pin?: string | null) {
    if (!pin) { window.open(url, '_blank', 'noopener'); return }
    const w = window.open('', '_blank')
    try {
      const html = await http.post<string>(url, { pin }, { headers: { accept: 'text/html' } })
      const blob = new Blob([typeof html === 'string' ? html : JSON.stringify(html)], { type: 'text/html;charset=utf-8' })
      const href = URL.createObjectURL(blob)
      if (w) w.location.href = href
      else window.open(href, '_blank')
      setTimeout(() => URL.revokeObjectURL(href), 60_000)
    } catch (err) {
      w?.close()
      throw err
    }
  },
}

export type { CaseState }
