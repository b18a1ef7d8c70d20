// Division codes nest by length: 6 digits county (city when it ends in 00), 9 township, 12 village.
import type { Level } from '../api/types'

export const LEVELS: Level[] = ['city', 'county', 'township', 'village']
export const DEPTH: Record<Level, number> = { city: 0, county: 1, township: 2, village: 3 }

export function levelOfCode(code: string): Level {
  if (code.length === 6) return code.endsWith('00') ? 'city' : 'county'
  return code.length === 9 ? 'township' : 'village'
}

/** 530102001001 under 530100 → ['530102', '530102001', '530102001001']. */
export function pathOf(code: string, root: string): string[] {
  const lengths = [6, 9, 12].slice(DEPTH[levelOfCode(root)])
  return lengths.filter((n) => n <= code.length).map((n) => code.slice(0, n)).filter((c) => c !== root && code.startsWith(c))
}

/** The county of a code (its first six digits), or null for the city itself. */
export const countyOf = (code: string | null | undefined) => (code && code.length >= 6 && !code.slice(0, 6).endsWith('00') ? code.slice(0, 6) : null)
export const townshipOf = (code: string | null | undefined) => (code && code.length >= 9 ? code.slice(0, 9) : null)
