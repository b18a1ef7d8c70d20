// 常用语: reason templates per unit (src/templates/routes.ts).
import { api } from './client'
import type { Answer, Body, Query } from '../../shared/api'

export type TemplateKind = NonNullable<Query<'/api/templates'>['kind']>
export type ReasonTemplate = Answer<'/api/templates'>['items'][number]

export const templatesApi = {
  /** what the user's dialogs offer: their unit's and its ancestors' */
  offered: (kind?: TemplateKind) => api.get('/api/templates', { query: { kind }, quiet: true }).then((r) => r.items),
  ofUnit: (unitId: number) => api.get('/api/admin/templates', { query: { unitId } }).then((r) => r.items),
  add: (body: Body<'/api/admin/templates'>) => api.post('/api/admin/templates', body),
  update: (id: number, body: Body<'/api/admin/templates/{id}', 'put'>) => api.put('/api/admin/templates/{id}', body, { path: { id } }),
}
