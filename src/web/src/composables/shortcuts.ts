// Alt+key shortcuts for forms operators type into all day (they work inside inputs too).
import { onBeforeUnmount, onMounted } from 'vue'

export function useAltShortcuts(map: Record<string, () => void>): void {
  const onKey = (e: KeyboardEvent) => {
    if (!e.altKey || e.ctrlKey || e.metaKey) return
    // e.code is layout-independent (an IME or macOS Option may change e.key)
    const key = e.code.startsWith('Key') ? e.code.slice(3).toLowerCase() : e.key.toLowerCase()
    const fn = map[key]
    if (!fn) return
    e.preventDefault()
    e.stopPropagation()
    fn()
  }
  onMounted(() => window.addEventListener('keydown', onKey, true))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey, true))
}
