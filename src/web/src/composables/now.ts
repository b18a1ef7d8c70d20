// A clock that ticks twice a minute, so deadlines count down on screens left open all day.
import { onBeforeUnmount, ref } from 'vue'

export function useNow(ms = 30_000) {
  const now = ref(Date.now())
  const timer = setInterval(() => { now.value = Date.now() }, ms)
  onBeforeUnmount(() => clearInterval(timer))
  return now
}
