// Screen pops (call.incoming) kept for the operator across pages until taken or dismissed.
import { reactive } from 'vue'
import type { IncomingCall } from '../api/types'

export interface PoppedCall extends IncomingCall { receivedAt: string; ended?: boolean }

export const callStore = reactive({
  calls: [] as PoppedCall[],
  /** the call whose form is open */
  activeSid: null as string | null,
})

export function addCall(call: IncomingCall, at = new Date().toISOString()): void {
  if (!call?.callSid) return
  const i = callStore.calls.findIndex((c) => c.callSid === call.callSid)
  const entry = { ...call, receivedAt: i >= 0 ? callStore.calls[i].receivedAt : at }
  if (i >= 0) callStore.calls.splice(i, 1, entry)
  else callStore.calls.unshift(entry)
  if (callStore.calls.length > 8) callStore.calls.length = 8
}

export function removeCall(sid: string): void {
  const i = callStore.calls.findIndex((c) => c.callSid === sid)
  if (i >= 0) callStore.calls.splice(i, 1)
  if (callStore.activeSid === sid) callStore.activeSid = null
}

/** call.ended: a pop nobody took goes away; the one being logged stays, marked as ended. */
export function endCall(sid: string): void {
  const c = callStore.calls.find((x) => x.callSid === sid)
  if (!c) return
  if (callStore.activeSid === sid) c.ended = true
  else removeCall(sid)
}
