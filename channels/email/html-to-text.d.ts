// html-to-text 10 ships no types; it comes with mailparser (which pins it) and is used here the same way.
declare module 'html-to-text' {
  export interface HtmlToTextOptions {
    wordwrap?: number | false | null
    limits?: { maxDepth?: number; maxInputLength?: number }
    selectors?: Array<{ selector: string; format?: string; options?: Record<string, unknown> }>
    [key: string]: unknown
  }
  export function convert(html: string, options?: HtmlToTextOptions): string
  export { convert as htmlToText }
}
