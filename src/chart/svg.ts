/**
 * Lays the chart model out with elkjs (layered, top to bottom, fits an A4 page) and draws it as SVG text. A case's
 * chart highlights its current step and writes the date beside each step it has passed.
 */
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js'
import type { ChartModel } from './model.js'

const FONT = 12
/**
 * elkjs lays out on the thread that calls it, for a second or more the first time (a GWT-compiled layouter): in the
 * service that would stall every request and the database health probe. So it runs in one worker thread of its own,
 * started on first use and not keeping the process alive. Plain JavaScript (no TypeScript loader in the worker).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { createRequire } = require('node:module')
const ELK = createRequire(workerData.from)('elkjs/lib/elk.bundled.js')
const elk = new ELK()
parentPort.on('message', ({ id, graph }) => {
  elk.layout(graph).then((laid) => parentPort.postMessage({ id, laid }), (err) => parentPort.postMessage({ id, error: String(err && err.message || err) }))
})`
let worker: Worker | null = null
let nextId = 0
const waiting = new Map<number, { resolve: (n: ElkNode) => void; reject: (e: Error) => void }>()

/** Stops the layout worker (the app's onClose; tests and benches when done). A later layout starts a new one. */
export async function closeLayoutWorker(): Promise<void> {
  const w = worker
  worker = null
  if (w) await w.terminate()
}

function elkLayout(graph: ElkNode): Promise<ElkNode> {
  if (!worker) {
    const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { from: createRequire(import.meta.url).resolve('elkjs/package.json') } })
    w.unref()
    w.on('message', (m: { id: number; laid?: ElkNode; error?: string }) => {
      const p = waiting.get(m.id)
      waiting.delete(m.id)
      if (m.error || !m.laid) p?.reject(new Error(`layout failed: ${m.error}`))
      else p?.resolve(m.laid)
    })
    const fail = (err: Error) => {
      if (worker === w) worker = null
      for (const p of waiting.values()) p.reject(err)
      waiting.clear()
    }
    w.on('error', fail)
    w.on('exit', () => { if (worker === w) fail(new Error('layout worker exited')) })
    worker = w
  }
  const id = ++nextId
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject })
    worker!.postMessage({ id, graph })
  })
}

/** Width of a text in px at 12 px: CJK and full-width signs a whole em, the rest about 0.6. */
export function textWidth(text: string, size = FONT): number {
  let w = 0
  for (const ch of text) w += /[\u2E80-\uFFEF]/.test(ch) ? size : size * 0.6
  return Math.ceil(w)
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export interface Highlight {
  /** the node the case is in now */
  current?: string | null
  /** nodes passed, with the date (YYYY-MM-DD) the case last entered each */
  passed?: Record<string, string>
}

interface DrawnEdge { id: string; from: string; to: string; text: string }

/** Transitions with the same ends and event become one arrow, their conditions joined with 或. */
function mergedEdges(model: ChartModel): DrawnEdge[] {
  const byKey = new Map<string, { from: string; to: string; label: string; conditions: string[]; plain: boolean }>()
  for (const e of model.edges) {
    const key = `${e.from}|${e.to}|${e.label}`
    const seen = byKey.get(key) ?? { from: e.from, to: e.to, label: e.label, conditions: [], plain: false }
    if (e.condition) seen.conditions.push(e.condition)
    else seen.plain = true
    byKey.set(key, seen)
  }
  return [...byKey.values()].map((e, i) => ({
    id: `m${i}`, from: e.from, to: e.to,
    text: e.conditions.length && !e.plain ? `${e.label}（${[...new Set(e.conditions)].join('或')}）` : e.label,
  }))
}

/** Layouts by chart model: a case's highlight changes colours and one line of text, never the layout. */
const layouts = new Map<string, Promise<ElkNode>>()

/** Lays the model out (cached per model): every step has room for its label, its limit and a date. */
function layout(model: ChartModel): Promise<ElkNode> {
  const key = JSON.stringify(model)
  const hit = layouts.get(key)
  if (hit) return hit
  const edges = mergedEdges(model)
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.nodeNodeBetweenLayers': '36',
      'elk.spacing.nodeNode': '28',
      'elk.spacing.edgeLabel': '4',
      'elk.edgeLabels.inline': 'false',
      'elk.separateConnectedComponents': 'true',
      'elk.spacing.componentComponent': '40',
      // the machine's own order of states: intake at the top, the main path downwards, returns drawn back up
      'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: [...model.nodes].sort((a, b) => Number(b.region === 'case') - Number(a.region === 'case')).map((n) => {
      const lines = [n.label + '（当前）', n.limit ?? '', '2026-12-31']
      return { id: n.id, width: Math.max(96, ...lines.map((l, i) => textWidth(l, i ? 10 : FONT) + 20)), height: 18 + (n.limit ? 3 : 2) * 15 }
    }),
    edges: edges.map((e): ElkExtendedEdge => ({
      id: e.id, sources: [e.from], targets: [e.to],
      labels: [{ text: e.text, width: textWidth(e.text, 10) + 4, height: 13 }],
    })),
  }
  const laid = elkLayout(graph)
  layouts.set(key, laid)
  laid.catch(() => layouts.delete(key))
  if (layouts.size > 50) layouts.delete(layouts.keys().next().value!)
  return laid
}

/** The chart as an SVG document (its own width and height, scalable with viewBox). */
export async function renderChartSvg(model: ChartModel, highlight: Highlight = {}): Promise<string> {
  const laid = await layout(model)
  const W = Math.ceil((laid.width ?? 600) + 20)
  const H = Math.ceil((laid.height ?? 400) + 20)
  const out: string[] = []
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="-10 -10 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(model.title)}" font-family="'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei',sans-serif">`)
  out.push('<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#555"/></marker></defs>')
  out.push(`<title>${esc(model.title)}</title>`)
  for (const e of laid.edges ?? []) {
    for (const s of e.sections ?? []) {
      const pts = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint].map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')
      out.push(`<polyline points="${pts}" fill="none" stroke="#777" stroke-width="1" marker-end="url(#arrow)"/>`)
    }
    for (const l of e.labels ?? []) {
      out.push(`<text x="${((l.x ?? 0) + 2).toFixed(1)}" y="${((l.y ?? 0) + 10).toFixed(1)}" font-size="10" fill="#333" data-edge="${esc(e.id)}">${esc(l.text ?? '')}</text>`)
    }
  }
  const byId = new Map(model.nodes.map((n) => [n.id, n]))
  for (const c of laid.children ?? []) {
    const n = byId.get(c.id)!
    const current = highlight.current === n.id
    const passed = highlight.passed?.[n.id]
    const fill = current ? '#fde2e2' : passed ? '#e6f4ea' : n.region === 'case' ? '#f4f8ff' : '#f7f7f7'
    const stroke = current ? '#c0392b' : n.final ? '#2c3e50' : n.region === 'case' ? '#3b6fb6' : '#999'
    const dash = n.region === 'case' ? '' : ' stroke-dasharray="4 3"'
    out.push(`<g class="step${current ? ' current' : ''}${passed ? ' passed' : ''}" data-state="${esc(n.id)}">`)
    out.push(`<rect x="${c.x}" y="${c.y}" width="${c.width}" height="${c.height}" rx="${n.final ? 14 : 4}" fill="${fill}" stroke="${stroke}" stroke-width="${current ? 2.5 : n.final ? 2 : 1}"${dash}/>`)
    let y = (c.y ?? 0) + 18
    const cx = (c.x ?? 0) + (c.width ?? 0) / 2
    out.push(`<text x="${cx}" y="${y}" font-size="${FONT}" text-anchor="middle" font-weight="${current ? 'bold' : 'normal'}">${esc(n.label)}${current ? '（当前）' : ''}</text>`)
    for (const extra of [n.limit, passed]) {
      if (!extra) continue
      y += 15
      out.push(`<text x="${cx}" y="${y}" font-size="10" text-anchor="middle" fill="#555">${esc(extra)}</text>`)
    }
    out.push('</g>')
  }
  out.push('</svg>')
  return out.join('\n')
}
