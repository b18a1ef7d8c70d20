// Build-time settings of the portal (Vite env): the city whose divisions the form offers, and the hotlines.
// No public API exposes the configured Twilio numbers, so the short national numbers are shown.
export const CITY_CODE: string = import.meta.env.VITE_SUQIU_CITY ?? '530100'
export const HOTLINES = [
  { number: import.meta.env.VITE_SUQIU_HOTLINE ?? '12345', key: 'service' },
  { number: import.meta.env.VITE_SUQIU_REPORT_LINE ?? '12388', key: 'report' },
] as const
export const MAX_FILES = 10
/** per file, as the server's store (src/attachments/store.ts); one submission carries at most 50 MB in all */
export const MAX_FILE_MB = 40
