// Subscriptions that end with the component.
import { onBeforeUnmount } from 'vue'
import { useLive } from '../live'
import type { LiveMessage } from '../api/types'

export function useTopics(topics: string[], fn: (msg: LiveMessage<any>) => void): void {
  const live = useLive()
  const offs = topics.map((topic) => live.on(topic, fn))
  onBeforeUnmount(() => offs.forEach((off) => off()))
}

/** Calls `fn` at most once per `ms` after bursts of messages on these topics (and after a reconnect). */
export function useLiveRefresh(topics: string[], fn: () => void, ms = 600): void {
  let timer: ReturnType<typeof setTimeout> | null = null
  useTopics([...topics, 'live.resync'], () => {
    if (timer) return
    timer = setTimeout(() => { timer = null; fn() }, ms)
  })
  onBeforeUnmount(() => { if (timer) clearTimeout(timer) })
}
