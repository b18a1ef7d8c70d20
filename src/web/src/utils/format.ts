// Dates, deadlines and labels as staff read them, in the current language.
import { currentLocale, t } from '../i18n'
import type { Warning } from '../api/types'

const pad = (n: number) => String(n).padStart(2, '0')

/** 2026-11-27 14:05 (the form every Chinese office uses, in both languages). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return '—'
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** 11-27 14:05: for tight places where the year is obvious. */
export function formatShort(iso: string | null | undefined): string {
  return formatDateTime(iso).slice(5)
}

export function formatDate(iso: string | null | undefined): string {
  return formatDateTime(iso).slice(0, 10)
}

/** "剩 2 天 3 小时" / "超期 5 小时": the time to a deadline, coarse enough to read at a glance. */
export function formatDue(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return t('deadline.none')
  const ms = new Date(iso).getTime() - now
  const abs = Math.abs(ms)
  const days = Math.floor(abs / 86_400_000)
  const hours = Math.floor((abs % 86_400_000) / 3_600_000)
  const minutes = Math.max(1, Math.floor((abs % 3_600_000) / 60_000))
  const sep = currentLocale.value === 'en' ? ' ' : ' '
  const span = days > 0
    ? [t('deadline.days', { n: days }), hours ? t('deadline.hours', { n: hours }) : ''].filter(Boolean).join(sep)
    : hours > 0 ? t('deadline.hours', { n: hours }) : t('deadline.minutes', { n: minutes })
  return ms >= 0 ? t('deadline.left', { t: span }) : t('deadline.overdue', { t: span })
}

/** The warning to show: the server's, or red once the deadline passed since it was computed. */
export function effectiveWarning(warning: Warning | null | undefined, dueIso: string | null | undefined, now = Date.now()): Warning {
  if (dueIso && new Date(dueIso).getTime() < now) return 'red'
  return warning ?? 'none'
}

/** A label from the i18n table, or the server's Chinese label for a code the console does not know. */
export function label(group: string, code: string | null | undefined, serverLabel?: string | null): string {
  if (!code) return serverLabel ?? '—'
  const key = `${group}.${code}`
  const s = t(key)
  return s === key ? serverLabel ?? code : s
}

export function maskedName(c: { anonymous: boolean; name?: string; raisedBy?: string } | null | undefined): string {
  if (!c) return '—'
  // 主动治理: a task raised by a unit, never an anonymous complaint
  if (c.raisedBy !== undefined) return t('case.raisedBy', { unit: c.raisedBy })
  return c.anonymous ? t('case.anonymous') : c.name ?? '—'
}
