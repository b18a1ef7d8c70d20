// Hands the new case's tracking code and PIN from the receipt to the tracking page in memory only
// (never the URL or storage); the tracking page takes it once.
let pending: { code: string; pin: string } | null = null

export function handOver(code: string, pin: string): void { pending = { code, pin } }
export function takeHandover(): { code: string; pin: string } | null {
  const p = pending
  pending = null
  return p
}
