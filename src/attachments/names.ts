// File names as people gave them, made safe to store and to send back (OWASP ASVS 5.4.1).

const MAX_NAME = 120

/**
 * A base name without path, control or direction-override characters, ending in the extension
 * of the detected type (a PNG called 扫描件.pdf becomes 扫描件.png); `fallback` when nothing is left.
 */
export function safeFilename(name: string | null | undefined, ext: string, fallback = 'file'): string {
  const base = (name ?? '')
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .split(/[\\/]/).pop()!
    .replace(/[<>:"|?*]/g, '_')
    .trim()
    .replace(/^\.+/, '')
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim() || fallback
  return `${Array.from(stem).slice(0, MAX_NAME).join('')}.${ext}`
}

/** RFC 5987 `ext-value` characters: everything else is percent-encoded. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
}

/** `inline; filename="ascii"; filename*=UTF-8''…`: an ASCII fallback for old clients, the real name for the rest. */
export function contentDisposition(filename: string, disposition: 'inline' | 'attachment' = 'inline'): string {
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(filename)}`
}
