// The load generator of bench/web.ts, in a process of its own (as a city's browsers are never inside the server):
// autocannon against one URL, each request another person's form; prints autocannon's result as one JSON line.
import autocannon from 'autocannon'

const [url, idempotent, seconds, connections, first, rate] = process.argv.slice(2)

// Each submission comes from another person (as the city's traffic does); every 20th repeats an earlier one's
// phone and text, so the duplicate check (重复件) finds and flags something too.
const form = (i: number) => {
  const person = i % 20 === 19 ? i - 10 : i
  return JSON.stringify({
    type: 'complaint', title: '夜间施工扰民',
    content: `拓东街道某工地连续一周夜间施工到凌晨两点，噪音很大，影响居民休息，请尽快处理。编号${person}`,
    address: '昆明市盘龙区拓东街道',
    complainant: { anonymous: false, name: '王五', phone: `138${String(10_000_000 + person).slice(-8)}`, email: `resident${person}@example.com` },
  })
}

let n = Number(first ?? 0) // runs against one database number their people apart
const result = await autocannon({
  url, connections: Number(connections), duration: Number(seconds), method: 'POST',
  // a fixed load: this many requests per second in all (autocannon's overallRate), else as fast as answered
  ...(Number(rate) > 0 ? { overallRate: Number(rate) } : {}),
  requests: [{
    method: 'POST',
    setupRequest: (req) => {
      const i = n++
      return { ...req, headers: { 'content-type': 'application/json', ...(idempotent === '1' ? { 'idempotency-key': `bench-${process.pid}-${i}` } : {}) }, body: form(i) }
    },
  }],
})
process.stdout.write(JSON.stringify(result) + '\n')
