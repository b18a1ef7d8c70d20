// Errors of the attachment store, declared once (stable code, status, Chinese and English).
import { errors, restate } from '../http/errors.js'

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

export const attachmentErrors = {
  fileTooLarge: (maxBytes: number, details: Record<string, unknown> = {}) =>
    restate(errors.fileTooLarge, `文件过大：每个文件不能超过 ${mb(maxBytes)} MB`, `File too large: at most ${mb(maxBytes)} MB per file`, { maxBytes, ...details }),
  tooManyFiles: (maxFiles: number) =>
    restate(errors.tooManyFiles, `文件过多：每次最多上传 ${maxFiles} 个文件`, `Too many files: at most ${maxFiles} per request`, { maxFiles }),
  fieldTooLarge: (field: string, maxBytes: number) =>
    restate(errors.fieldTooLarge, `表单字段 ${field} 过长`, `Form field ${field} is too long`, { field, maxBytes }),
  requestTooLarge: (maxBytes: number) =>
    restate(errors.requestTooLarge, `上传内容过大：每次提交的文件合计不能超过 ${mb(maxBytes)} MB`, `Upload too large: at most ${mb(maxBytes)} MB of files per request`, { maxBytes }),
  tooManyUploads: (max: number) =>
    restate(errors.tooManyUploads, `同时上传过多：请等待正在进行的上传完成（最多 ${max} 个）`, `Too many uploads at once: wait for the ones under way (at most ${max})`, { max }),
  tooManyParts: () =>
    errors.tooManyParts(),
  unsupportedFileType: (accepted: readonly string[], details: Record<string, unknown> = {}) =>
    restate(errors.unsupportedFileType,
      '不支持的文件类型：只接受 JPEG、PNG、GIF、WebP、TIFF、HEIC 图片，PDF、Word（.docx）、Excel（.xlsx）文档，MP3、WAV、AMR、M4A 录音，MP4、MOV 视频（按文件内容判断，与文件名无关）',
      'Unsupported file type: only JPEG, PNG, GIF, WebP, TIFF, HEIC images, PDF, Word (.docx) and Excel (.xlsx) documents, MP3, WAV, AMR, M4A recordings and MP4, MOV videos are accepted (judged by content, not by name)',
      { accepted, ...details }),
  notMultipart: () =>
    errors.unsupportedMediaType(),
  badFormData: (field: string) =>
    restate(errors.validation, `表单字段 ${field} 不是有效的 JSON`, `Form field ${field} is not valid JSON`, { fields: [{ field, message: '不是有效的 JSON', messageEn: 'not valid JSON' }] }),
  attachmentNotFound: (details?: Record<string, unknown>) =>
    errors.attachmentNotFound(details),
  attachmentGone: (details?: Record<string, unknown>) =>
    errors.attachmentGone(details),
  pageNotFound: (details?: Record<string, unknown>) =>
    errors.pageNotFound(details),
}
