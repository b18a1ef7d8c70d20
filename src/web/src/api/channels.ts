// Channel work that other issues are building (hotline call-backs and call logging, letters, visits, fax,
// attachments). Each call is the endpoint the channel issue names; a 404 "No route" shows 暂未开放.
import { http, qs } from './client'
import type { ComplaintForm, IntakeAnswer, IncomingCall, CaseState, CaseView, Rating } from './types'

export interface PaperAnswer extends IntakeAnswer { receipt?: string; groupVisit?: boolean; visitors?: number; letterNumber?: string }

/** The operator's call form: the complaint plus what issue 5 adds to POST /api/intake/hotline|phone. */
export interface CallForm extends ComplaintForm {
  callSid?: string
  callerPhone?: string
  /** REGISTER in the same transaction (登记即受理) */
  register?: { category: string; complaintType?: string; urgency?: string; divisionCode?: string }
  /** a consultation answered on the spot (当场答复) */
  answer?: string
  /** added to this open case instead of a new complaint (补充到在办诉求) */
  addToCaseId?: number
}

export interface CallbackTask {
  id: number
  caseId: number
  caseNumber: string
  title?: string
  reason: 'sms_failed' | 'result_by_phone' | 'result_no_sms' | 'evaluation_due' | string
  reasonLabel?: string
  statusLabel?: string
  line?: string
  phoneMasked?: string | null
  dueAt?: string | null
  attempts?: number
  status: 'open' | 'done' | string
  resultText?: string | null
}

/** GET /api/cases/:id/attachments (src/attachments/routes.ts) */
export interface Attachment {
  id: number
  filename: string
  mime: string
  size: number
  kind?: string
  createdAt?: string
  url: string
  /** a multi-page TIFF (fax) is also served page by page as PNG */
  pages?: number
  pageUrls?: string[]
}

export interface Visitor { name: string; idNumber?: string; phone?: string }

export const channelsApi = {
  logCall: (line: 'hotline' | 'phone', form: CallForm, key: string) =>
    http.post<IntakeAnswer & { addedTo?: number }>(`/api/intake/${line}`, form, { headers: { 'idempotency-key': key } }),
  /** calls waiting for an operator now (a pop missed while the page was closed) */
  activeCalls: () => http.get<{ items: IncomingCall[] }>('/api/calls?status=queued', { quiet: true }),
  /** 接听: the screen pop (number, earlier cases) goes to the operator who takes the call; 409 call_taken when another did */
  takeCall: (callSid: string) => http.post<IncomingCall>(`/api/calls/${callSid}/take`, {}),
  /** after-hours messages not yet logged, with their recordings */
  voicemails: () => http.get<{ items: IncomingCall[] }>('/api/calls?status=voicemail', { quiet: true }),
  callbacks: (status: 'open' | 'done' = 'open') => http.get<{ items: CallbackTask[] }>('/api/callbacks' + qs({ status })),
  callbackOutcome: (id: number, body: { outcome: 'reached' | 'not_reached' | 'rating_given'; rating?: Rating; note?: string }) =>
    http.post<CallbackTask>(`/api/callbacks/${id}/outcome`, body),

  /** 来信 / 来访: the form as JSON in a `data` field and the scans as files (multipart), or plain JSON without files. */
  registerPaper(channel: 'letter' | 'visit', form: Record<string, unknown>, files: File[], key: string) {
    const headers = { 'idempotency-key': key }
    if (!files.length) return http.post<PaperAnswer>(`/api/intake/${channel}`, form, { headers })
    const body = new FormData()
    body.set('data', JSON.stringify(form))
    for (const f of files) body.append('files', f, f.name)
    return http.post<PaperAnswer>(`/api/intake/${channel}`, body, { headers })
  },
  /** 传真转录: the clerk types in what the fax says (the case came in from the gateway, in intake) */
  transcribeFax: (caseId: number, form: Record<string, unknown>) => http.post<unknown>(`/api/cases/${caseId}/transcription`, form),
  attachments: (caseId: number) => http.get<{ items: Attachment[] }>(`/api/cases/${caseId}/attachments`, { quiet: true }).then((r) => r.items),
  receiptUrl: (caseId: number) => `/api/cases/${caseId}/receipt`,
  replyLetterUrl: (caseId: number) => `/api/cases/${caseId}/reply-letter`,
  /** 邮寄登记: the printed reply letter was posted; this is the letter's SEND_FEEDBACK */
  letterPosting: (caseId: number, body: { registeredMailNumber: string; postedAt: string }) => http.post<CaseView>(`/api/cases/${caseId}/letter-posting`, body),
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
