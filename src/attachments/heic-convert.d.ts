// heic-convert ships no types: the one call used here (src/attachments/heic.ts).
declare module 'heic-convert' {
  function convert(options: { buffer: Buffer | Uint8Array; format: 'JPEG' | 'PNG'; quality?: number }): Promise<ArrayBuffer | Uint8Array>
  export default convert
}
