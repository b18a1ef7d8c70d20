// 交办链 as staff expect to read it: every unit that has had the case, with its status and dates, kept after an
// approval pops the link from the statechart's chain (which holds only the links still open) and after closing.
// Read from the case's events, oldest first; the open links take their status from the snapshot.
import type { Link } from './machine.js'

export type HistoryStatus = Link['status'] | 'approved' | 'returned' | 'ended'

export interface ChainHistoryEntry {
  unitId: number
  assignedAt: string
  signedAt: string | null
  repliedAt: string | null
  /** when the unit above approved its reply (审核通过) */
  approvedAt: string | null
  returnedAt: string | null
  status: HistoryStatus
  /** the round of handling (0, then 1 after the first 重办 …) */
  round: number
}

export interface ChainEventRow { type: string; at: string; payload: Record<string, unknown> | null }

/**
 * Replays the chain's events (DISPATCH, DELEGATE, SIGN, SUBMIT_REPLY, APPROVE_REPLY, REJECT_REPLY, RETURN, and the
 * redo that starts a new round) over a stack of open links. `open` is the snapshot's chain: the links left on the
 * stack take their status from it.
 */
export function chainHistory(events: ChainEventRow[], open: Pick<Link, 'unitId' | 'status'>[]): ChainHistoryEntry[] {
  const all: ChainHistoryEntry[] = []
  let stack: ChainHistoryEntry[] = []
  let round = 0
  const top = () => stack[stack.length - 1]
  const link = (unitId: number, at: string, status: HistoryStatus): ChainHistoryEntry =>
    ({ unitId, assignedAt: at, signedAt: null, repliedAt: null, approvedAt: null, returnedAt: null, status, round })
  for (const e of events) {
    const p = e.payload ?? {}
    switch (e.type) {
      case 'DISPATCH': {
        const ids = (Array.isArray(p.chain) ? p.chain : []).map((u) => Number(typeof u === 'object' && u ? (u as { unitId: number }).unitId : u))
        const links = ids.map((id, i) => link(id, e.at, i === ids.length - 1 ? 'assigned' : 'waiting'))
        all.push(...links)
        stack.push(...links)
        break
      }
      case 'DELEGATE': {
        const l = link(Number(p.unitId ?? (p.unit as { unitId?: number } | undefined)?.unitId), e.at, 'assigned')
        if (top()) top().status = 'waiting'
        all.push(l)
        stack.push(l)
        break
      }
      case 'SIGN':
        if (top()) { top().signedAt = e.at; top().status = 'handling' }
        break
      case 'SUBMIT_REPLY':
        if (top()) { top().repliedAt = e.at; top().status = 'review' }
        break
      case 'REJECT_REPLY':
        if (top()) { top().repliedAt = null; top().status = 'handling' }
        break
      case 'APPROVE_REPLY': {
        const done = stack.pop()
        if (done) { done.approvedAt = e.at; done.status = 'approved' }
        // the approval is the unit's own reply to its parent
        if (top()) { top().repliedAt = e.at; top().status = 'review'; top().signedAt ??= e.at }
        break
      }
      case 'RETURN': {
        const back = stack.pop()
        if (back) { back.returnedAt = e.at; back.status = 'returned' }
        if (top()) { top().status = 'handling'; top().signedAt ??= e.at }
        break
      }
      case 'EVALUATE':
      case 'DECIDE':
        // 重办 (an unsatisfied rating, a decision to redo) starts a new round: what was open stays as it was
        if (p.rating === 'unsatisfied' || p.outcome === 'redo') {
          for (const l of stack) if (l.status !== 'approved') l.status = 'ended'
          stack = []
          round++
        }
        break
    }
  }
  // the open links are the snapshot's; its statuses are authoritative
  if (stack.length === open.length) stack.forEach((l, i) => { l.status = open[i].status })
  else for (const l of stack) if (!open.some((o) => o.unitId === l.unitId)) l.status = 'ended'
  return all
}
