// 常用语: reason templates per unit (src/templates/routes.ts).
import { http, qs } from './client'

export type TemplateKind = 'reject' | 'return' | 'supervise' | 'reply'
export interface ReasonTemplate { id: number; kind: TemplateKind; text: string; sort: number; active: boolean; unit: { id: number; name: string }; own?: boolean }

export const templatesApi = {
  /** what the user's dialogs offer: their unit's and its ancestors' */
  offered: (kind?: TemplateKind) => http.get<{ items: ReasonTemplate[] }>(`/api/templates${qs({ kind })}`, { quiet: true }).then((r) => r.items),
  ofUnit: (unitId: number) => http.get<{ items: ReasonTemplate[] }>(`/api/admin/templates${qs({ unitId })}`).then((r) => r.items),
  add: (body: { unitId: number; kind: TemplateKind; text: string; sort?: number }) => http.post<ReasonTemplate>('/api/admin/templates', body),
  update: (id: number, body: { text?: string; sort?: number; active?: boolean }) => http.put<ReasonTemplate>(`/api/admin/templates/${id}`, body),
}
