// Building blocks for the routes' response schemas (what the OpenAPI document shows and Fastify serializes by).
// A response schema makes Fastify's serializer drop every property it does not list: `Open` is for the large views
// that grow with the domain (a case, a list, the board), documenting their main fields and passing the rest through
// unchanged; small answers list every field and stay closed.
import { Type, type TProperties, type TSchema } from '@sinclair/typebox'

/** An object whose listed fields are documented and typed; any other field is passed through as it is. */
export const Open = <T extends TProperties>(properties: T, description?: string) =>
  Type.Object(properties, { additionalProperties: true, ...(description ? { description } : {}) })

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

/** `{ ok: true }`, the answer of a change that has nothing else to say. */
export const Ok = Type.Object({ ok: Type.Boolean() })

/** A non-JSON answer (a PDF, an image, a file, TwiML): Fastify sends the bytes as they are. */
export const Binary = (mediaTypes: string[], description: string) => ({
  description,
  content: Object.fromEntries(mediaTypes.map((m) => [m, { schema: Type.String({ format: 'binary' }) }])),
})

/** Any JSON value, documented by its description only (a rare answer whose shape is another system's). */
export const AnyJson = (description: string) => Type.Unknown({ description })

/** The app's error answer (every 4xx and 5xx): open, so the error handler's extra fields (`fields`, details) pass. */
export const ErrorAnswer = Open({
  error: Open({ code: Type.String(), message: Type.String(), messageEn: Type.String(), requestId: Type.String() }),
}, '错误 / An error')

/** TwiML for Twilio (text/xml). */
export const TwiML = Binary(['text/xml'], 'TwiML（Twilio 的应答指令）/ TwiML for Twilio')

/** An answer without a body. */
export const NoContent = (description: string) => Type.Null({ description })
