// Division resolution benchmark: builds Kunming's index and resolves ~10,000 generated addresses
// (full paths, partial paths, suffix-less names, free-text tails). `npx tsx bench/resolve.ts`
import { fileURLToPath } from 'node:url'
import { readCityDivisions } from '../db/divisions/source.js'
import { DivisionIndex, stripSuffix } from '../src/divisions/resolve.js'
import { outsidePlaceNames } from '../src/divisions/outside.js'

const TARGET = 10_000

export function benchAddresses(index: DivisionIndex, villages: string[]): string[] {
  const out: string[] = []
  for (let i = 0; out.length < TARGET; i++) {
    const code = villages[i % villages.length]
    const [city, county, township, village] = index.path(code)
    switch (Math.floor(i / villages.length) % 6) {
      case 0: out.push(`云南省${city.name}${county.name}${township.name}${village.name}`); break
      case 1: out.push(`${county.name}${village.name}`); break
      case 2: out.push(`${stripSuffix(county.name)}${stripSuffix(township.name)}${stripSuffix(village.name)}`); break
      case 3: out.push(`${city.name}${county.name}${township.name}人民路${(i % 300) + 1}号`); break
      case 4: out.push(village.name); break
      default: out.push(`${township.name}${stripSuffix(village.name)}小区${(i % 20) + 1}栋`)
    }
  }
  return out
}

export async function benchResolve(): Promise<{ perAddressMicros: number; addresses: number }> {
  const rows = await readCityDivisions('530100')
  const index = new DivisionIndex(rows, outsidePlaceNames('530100'))
  const villages = rows.filter((r) => r.level === 'village').map((r) => r.code)
  const addresses = benchAddresses(index, villages)
  for (let i = 0; i < 2000; i++) index.resolve(addresses[i]) // warm-up
  let sink = 0
  const start = process.hrtime.bigint()
  for (const a of addresses) if (index.resolve(a).status === 'found') sink++
  const elapsed = process.hrtime.bigint() - start
  if (sink < 0) throw new Error('unreachable')
  const perAddressMicros = Number(elapsed) / 1000 / addresses.length
  return { perAddressMicros: Math.round(perAddressMicros * 100) / 100, addresses: addresses.length }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { perAddressMicros, addresses } = await benchResolve()
  process.stdout.write(`division resolution: ${perAddressMicros} µs/address (${addresses} addresses)\n`)
}
