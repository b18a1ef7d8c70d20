// 查人: a person's earlier cases by phone, e-mail, ID number or exact name (POST /api/lookup/person, src/lookup).
// The value goes in the body, never in a URL; the server audits every search.
import { api, type RequestOptions } from './client'
import type { Answer, Body } from '../../shared/api'

export type IdentifierKind = Body<'/api/lookup/person'>['kind']
export type PersonLookup = Answer<'/api/lookup/person', 'post'>
export type PersonCase = PersonLookup['items'][number]

export const lookupApi = {
  person: (kind: IdentifierKind, value: string, via: Body<'/api/lookup/person'>['via'], opts: Pick<RequestOptions, 'signal' | 'quiet'> = {}) =>
    api.post('/api/lookup/person', { kind, value, via }, opts),
}
