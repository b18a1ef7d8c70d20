/**
 * Printing a page to PDF with the system's Chromium (Debian's `chromium` plus `fonts-noto-cjk`),
 * through playwright-core: for archiving a reply letter, and for tests that read the PDF's text layer.
 */
import { chromium, type Browser } from 'playwright-core'

export const CHROMIUM_PATH = '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
]

export async function launchChromium(executablePath = CHROMIUM_PATH): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}

/** An A4 PDF of an HTML page; nothing is fetched from the network (the pages are self-contained). */
export async function htmlToPdf(browser: Browser, html: string): Promise<Buffer> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
  try {
    const page = await context.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
  } finally {
    await context.close()
  }
}
