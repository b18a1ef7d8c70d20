// The /ws client: one socket per signed-in console, reconnecting with backoff; pages subscribe by topic.
import { ref } from 'vue'
import type { LiveMessage } from './api/types'

export type LiveStatus = 'idle' | 'connecting' | 'open' | 'closed'
type Handler = (msg: LiveMessage<any>) => void

/** 4401: the session ended (sign-out elsewhere, expiry): stop and go to sign-in. */
const CLOSE_SESSION_ENDED = 4401

export class LiveClient {
  readonly status = ref<LiveStatus>('idle')
  private socket: WebSocket | null = null
  private handlers = new Map<string, Set<Handler>>()
  private retry = 0
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private pingTimer: ReturnType<typeof setInterval> | null = null
  private wanted = false

  constructor(private readonly onSessionEnded: () => void = () => {}, private readonly url = defaultUrl()) {}

  start(): void {
    if (this.wanted) return
    this.wanted = true
    this.open()
  }

  stop(): void {
    this.wanted = false
    if (this.retryTimer) clearTimeout(this.retryTimer)
    if (this.pingTimer) clearInterval(this.pingTimer)
    this.retryTimer = this.pingTimer = null
    const s = this.socket
    this.socket = null
    s?.close(1000, 'signed out')
    this.status.value = 'idle'
  }

  /** Subscribes to a topic ('*' for all); returns the unsubscribe function. */
  on(topic: string, fn: Handler): () => void {
    let set = this.handlers.get(topic)
    if (!set) this.handlers.set(topic, (set = new Set()))
    set.add(fn)
    return () => { set!.delete(fn) }
  }

  /** Delivers a message as if it came from the server (used after a reconnect, and by tests). */
  emit(msg: LiveMessage): void {
    for (const key of [msg.topic, '*']) {
      for (const fn of this.handlers.get(key) ?? []) {
        try { fn(msg) } catch (err) { console.warn('live handler failed', err) }
      }
    }
  }

  private open(): void {
    this.status.value = 'connecting'
    let socket: WebSocket
    try {
      socket = new WebSocket(this.url)
    } catch {
      this.scheduleReconnect()
      return
    }
    this.socket = socket
    socket.onopen = () => {
      this.retry = 0
      this.status.value = 'open'
      if (this.pingTimer) clearInterval(this.pingTimer)
      this.pingTimer = setInterval(() => { if (socket.readyState === WebSocket.OPEN) socket.send('{"type":"ping"}') }, 25_000)
      // messages may have been missed while away, or before this first socket opened (the page loaded its
      // list first): pages reload what they show
      this.emit({ topic: 'live.resync', payload: null, at: new Date().toISOString() })
    }
    socket.onmessage = (ev) => {
      if (typeof ev.data !== 'string') return
      let msg: LiveMessage | null = null
      try { msg = JSON.parse(ev.data) } catch { return }
      if (msg && typeof msg.topic === 'string') this.emit(msg)
    }
    socket.onclose = (ev) => {
      if (this.socket !== socket) return
      this.socket = null
      if (this.pingTimer) clearInterval(this.pingTimer)
      this.status.value = 'closed'
      if (!this.wanted) return
      if (ev.code === CLOSE_SESSION_ENDED) { this.wanted = false; this.onSessionEnded(); return }
      this.scheduleReconnect()
    }
    socket.onerror = () => { /* onclose follows and reconnects */ }
  }

  private scheduleReconnect(): void {
    if (!this.wanted) return
    const delay = Math.min(30_000, 1000 * 2 ** this.retry) * (0.75 + Math.random() * 0.5)
    this.retry = Math.min(this.retry + 1, 6)
    this.retryTimer = setTimeout(() => { this.retryTimer = null; if (this.wanted) this.open() }, delay)
  }
}

function defaultUrl(): string {
  const { protocol, host } = window.location
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/ws`
}

let client: LiveClient | null = null
export function useLive(): LiveClient {
  if (!client) throw new Error('live client not started')
  return client
}
export function createLive(onSessionEnded: () => void): LiveClient {
  client = new LiveClient(onSessionEnded)
  return client
}
