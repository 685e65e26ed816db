// Words for problems: the message and fix hint of each, and the `file:line:col: message` line form.
import type {ErrorCode, Position, Problem, ProblemCode} from '../core/errors.js'
import {type Lang, type MessageKey, isMessageKey, labelFor, t} from '../i18n/index.js'
import {logPath} from './escape/log-path.js'
import {terminalText} from './escape/terminal-text.js'

export interface ProblemJson {
  file: string
  line: number
  column: number
  pointer: string
  code: string
  message: string
  hint: string
}

export const where = (p: Position): string => `${logPath(p.file)}:${p.line ?? 1}:${p.column ?? 1}`

function values(p: Problem, lang: Lang): Record<string, unknown> {
  const v: Record<string, unknown> = {...p.data}
  if (typeof v.kind === 'string') v.kind = labelFor(lang, 'kind.', v.kind)
  if (typeof v.expected === 'string') v.expected = v.expected.split(' | ').map(x => labelFor(lang, 'type.', x)).join(' / ')
  if (typeof v.actual === 'string' && p.code === 'WRONG_TYPE') v.actual = labelFor(lang, 'type.', v.actual)
  if (p.related) v.first = where(p.related)
  else if (p.code === 'DUPLICATE_KEY') v.first = '?'
  v.dash = p.code === 'DUPLICATE_KEY' && p.data.inList === 1 ? t(lang, 'hint.missingDash', {key: p.data.key}) : ''
  if (p.code === 'DUPLICATE_KEY' && v.key === undefined) v.key = ''
  v.note = p.code === 'WRONG_TYPE' && p.data.expected === 'boolean' ? t(lang, 'hint.booleanNote') : ''
  v.suggestion = typeof v.near === 'string' ? t(lang, 'suggest.didYouMean', {value: v.near}) : ''
  if (Array.isArray(v.allowed)) v.allowed = (v.allowed as string[]).join(', ')
  return v
}

function isProblemCode(code: ErrorCode): code is ProblemCode {
  return isMessageKey(`problem.${code}`)
}

/** The message of an error code: `error.CODE`, or a problem's own message when a problem code ends a command alone. */
export function errorMessageKey(code: ErrorCode, data: Record<string, unknown> = {}): MessageKey {
  if (code === 'GIT_FAILED') {
    const key = `error.GIT_FAILED.${String(data.reason)}`
    return isMessageKey(key) ? key : 'error.GIT_FAILED.failed'
  }
  return isProblemCode(code) ? `problem.${code}` : `error.${code}`
}

export function problemMessage(p: Problem, lang: Lang): {message: string; hint: string} {
  const v = values(p, lang)
  // A value refused by a length, count or pattern rule is told that rule's limit.
  const ruleHint = `hint.BAD_VALUE.${String(p.data.rule)}`
  const hint: MessageKey = p.code === 'BAD_VALUE' && isMessageKey(ruleHint) ? ruleHint : `hint.${p.code}`
  // Checking stopped at the cap: how many problems there are in all is not known.
  const message: MessageKey = p.code === 'TOO_MANY_ERRORS' && p.data.stopped === 'yes' ? 'problem.TOO_MANY_ERRORS.stopped' : `problem.${p.code}`
  return {message: t(lang, message, v), hint: t(lang, hint, v)}
}

export function problemJson(p: Problem, lang: Lang): ProblemJson {
  const {message, hint} = problemMessage(p, lang)
  return {file: p.position.file, line: p.position.line ?? 1, column: p.position.column ?? 1, pointer: p.position.pointer, code: p.code, message, hint}
}

/** One line per problem, so that editors and CI annotate the exact place. */
export function problemLine(p: Problem, lang: Lang): string {
  const {message, hint} = problemMessage(p, lang)
  return `${where(p.position)}: ${terminalText(message)} [${p.code}] — ${t(lang, 'validate.hint')}: ${terminalText(hint)}`
}
