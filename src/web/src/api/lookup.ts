// 查人: a person's earlier cases by phone, e-mail, ID number or exact name (POST /api/lookup/person, src/lookup).
// The value goes in the body, never in a URL; the server audits every search.
import { http, type RequestOptions } from './client'

export type IdentifierKind = 'phone' | 'email' | 'idNumber' | 'name'

export interface PersonCase {
  id: number
  caseNumber: string
  type: string
  channel: string
  state: string
  stateLabel: string
  title: string
  receivedAt: string
  complainantMasked: { name: string | null; phone: string | null }
  result: string | null
  rating: string | null
  open: boolean
}

export interface PersonLookup { kind: IdentifierKind; items: PersonCase[]; openCase: PersonCase | null }

export const lookupApi = {
  person: (kind: IdentifierKind, value: string, via: 'call' | 'search', opts: Pick<RequestOptions, 'signal' | 'quiet'> = {}) =>
    http.post<PersonLookup>('/api/lookup/person', { kind, value, via }, opts),
}
