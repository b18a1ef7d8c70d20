// Response schemas of the knowledge routes (src/knowledge/plugin.ts), for the OpenAPI document and the generated browser
// types. Open objects (src/http/responses.ts): the fields the console and the portal read are typed; others pass through.
import { Type } from '@sinclair/typebox'
import { Nullable, Open } from '../http/responses.js'
import { DirectAnswerRow } from '../api-docs/schemas.js'

const Str = Type.String()
const Int = Type.Integer()
const Bool = Type.Boolean()
const Day = Nullable(Type.String({ description: 'YYYY-MM-DD（北京日期）/ a Beijing day' }))

const Mark = Open({ text: Str, hit: Bool })
const OwnerUnit = Open({ id: Int, name: Str })
const Attachment = Open({ name: Str, url: Str }, '链接附件 / A linked attachment')
/** An uploaded file of an article; `url` downloads it (for staff, or on the public route in the public answers). */
const ArticleFile = Open({ id: Int, filename: Str, mime: Str, size: Int, createdAt: Str, url: Str }, '上传的附件 / An uploaded file')

/** One version of an article as staff read it. */
const ArticleVersion = Open({
  version: Int, title: Str, questions: Type.Array(Str), answer: Str, attachments: Type.Array(Attachment), files: Type.Array(ArticleFile), category: Nullable(Str),
  source: Nullable(Str), keywords: Type.Array(Str), effectiveFrom: Day, effectiveUntil: Day, isPublic: Bool, createdAt: Str,
})

export const ArticleList = Open({
  items: Type.Array(Open({
    id: Int, title: Str, state: Str, stateLabel: Str, version: Nullable(Int), publishedVersion: Nullable(Int), isPublic: Bool,
    category: Nullable(Str), effectiveFrom: Day, effectiveUntil: Day, ownerUnit: OwnerUnit, updatedAt: Str,
  })),
}, '知识条目列表 / The articles one may see')

export const ArticleDetail = Open({
  id: Int, state: Str, stateLabel: Str, version: Int, publishedVersion: Nullable(Int), ownerUnit: OwnerUnit,
  shown: ArticleVersion, answerHtml: Str, answerText: Str, may: Open({ edit: Bool, review: Bool }),
  versions: Type.Array(Open({ version: Int, title: Str, createdAt: Str })),
}, '一条知识（所示版本、历史版本）/ One article: the version shown and the versions kept')

export const ArticleFiles = Open({ id: Int, version: Int, files: Type.Array(ArticleFile) }, '草稿版本的附件 / The files of the draft version')

export const ArticleSaved = Open({ id: Int, state: Str, version: Int }, '已保存的草稿 / The draft saved')
export const ArticleMoved = Open({ id: Int, state: Str, stateLabel: Str, version: Int }, '审核状态已变更 / The article\'s new state')

export const SearchAnswer = Open({
  items: Type.Array(Open({
    id: Int, version: Int, title: Str, titleMarks: Type.Array(Mark), snippet: Type.Array(Mark), category: Nullable(Str),
    ownerUnitId: Int, isPublic: Bool, score: Type.Number(),
  })),
}, '匹配的已发布条目（命中部分标出）/ Published articles that match, the matching parts marked')

export const UseAnswer = Open({
  caseId: Int, kind: Str, articleId: Nullable(Int), version: Nullable(Int),
  link: Nullable(Open({ route: Str, status: Str }, '条目公开链接的短信或邮件（未要求时为 null）/ The article link sent by SMS or e-mail (null when not asked)')),
}, '已记录 / Recorded')

const Row = Type.Union([Int, Str], { description: '文件名:行号，或 Markdown 文件名 / file:row, or the Markdown file' })
export const ImportReport = Open({
  created: Type.Array(Open({ row: Row, id: Int, title: Str })),
  refused: Type.Array(Open({ row: Row, title: Nullable(Str), reason: Str })),
}, '导入结果：已建草稿与拒收原因 / The drafts created and what was refused, with the reason')

export const CaseKnowledge = Open({
  items: Type.Array(Open({ kind: Str, articleId: Nullable(Int), version: Nullable(Int), title: Nullable(Str), at: Str })),
}, '该诉求当场答复所用的条目 / The articles a call was answered from')

export const GapList = Open({
  from: Str, to: Str,
  groups: Type.Array(Open({
    size: Int, words: Type.Array(Str),
    cases: Type.Array(Open({ id: Int, caseNumber: Str, title: Str, receivedAt: Str, noAnswerMark: Bool })),
  })),
}, '知识缺口（相似问题成组）/ Knowledge gaps, similar questions grouped')

export const DirectRate = Open({ groupBy: Str, rows: Type.Array(DirectAnswerRow) }, '直接答复率 / Share of calls answered on the call')

export const Reminders = Open({
  items: Type.Array(Open({ articleId: Int, title: Str, effectiveUntil: Day, at: Str })),
}, '即将到期的条目 / Articles about to expire')

export const PublicSearch = Open({
  items: Type.Array(Open({ id: Int, title: Str, titleMarks: Type.Array(Mark), snippet: Type.Array(Mark), category: Nullable(Str) })),
}, '常见问题 / Frequently asked questions')

export const PublicArticle = Open({
  id: Int, title: Str, questions: Type.Array(Str), answerHtml: Str, attachments: Type.Array(Attachment), files: Type.Array(ArticleFile), category: Nullable(Str),
  source: Nullable(Str), effectiveFrom: Day, effectiveUntil: Day,
}, '一条常见问题 / One frequently asked question')

const PublicCount = Nullable(Type.Integer({ description: '不足5时为 null / null under 5' }))
export const PublicDirectRate = Open({
  groupBy: Str,
  rows: Type.Array(Open({ key: Str, label: Str, calls: PublicCount, answered: PublicCount, rate: Nullable(Type.Number()) })),
  portal: Open({ endedWithoutSubmission: PublicCount, submittedAfterSuggestions: PublicCount }),
}, '直接答复率（公开，不足5件不显示）/ Share of calls answered on the call (public; counts under 5 hidden)')
