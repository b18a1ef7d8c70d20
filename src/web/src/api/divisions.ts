// Divisions (行政区划) and units (承办单位): the cascader, the address resolver, the chain editor.
import { api } from './client'
import type { DivisionDetail, ResolveAnswer, UnitRef } from './types'

const divisionCache = new Map<string, Promise<DivisionDetail>>()
const unitCache = new Map<string, Promise<UnitRef[]>>()

export const divisionsApi = {
  /** A division with its path and children; cached for the session (divisions do not change while staff work). */
  get(code: string): Promise<DivisionDetail> {
    let p = divisionCache.get(code)
    if (!p) {
      p = api.get('/api/divisions/{code}', { path: { code } })
      p.catch(() => divisionCache.delete(code))
      divisionCache.set(code, p)
    }
    return p
  },
  resolve: (address: string, signal?: AbortSignal) =>
    api.get('/api/divisions/resolve', { query: { address }, signal, quiet: (e) => e.status === 404 })
      .then((r): ResolveAnswer => r).catch((e) => { if (e?.status === 404 && e.code === 'division_not_found') return { status: 'not_found' } as ResolveAnswer; throw e }),
  units(division: string): Promise<UnitRef[]> {
    let p = unitCache.get(division)
    if (!p) {
      p = api.get('/api/units', { query: { division } })
      p.catch(() => unitCache.delete(division))
      unitCache.set(division, p)
    }
    return p
  },
  forgetUnits: (division?: string) => (division ? unitCache.delete(division) : unitCache.clear()),
}

/** The city's code for a unit anywhere below it (530102001 → 530100). */
export const cityOf = (code: string) => code.slice(0, 4) + '00'
