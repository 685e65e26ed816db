// oclif's own parse errors (unknown flag, bad value, missing argument) as yunwang errors: a stable code with
// the flag, value or argument as data, so that the message is one line in the user's language.
import {YunwangError} from './core/errors.js'
import {nearest} from './core/text/nearest.js'
import {type Lang, t} from './i18n/index.js'

/** What the command declares, to name a flag's options and range and the flag nearest a misspelt one. */
export interface UsageSpec {
  flags: Record<string, {type?: string; options?: readonly string[]; min?: number; max?: number; char?: string}>
  argv: string[]
}

/** The value given to `--name` on the command line (`--name value` or `--name=value`), if any. */
function valueOf(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break
    if (argv[i].startsWith(`--${name}=`)) return argv[i].slice(name.length + 3)
    if (argv[i] === `--${name}` && i + 1 < argv.length) return argv[i + 1]
  }
  return undefined
}

/** `--lang zh|en` as given on the command line, for errors raised before (or instead of) parsing it. */
export function langFlag(argv: string[]): Lang | undefined {
  const value = valueOf(argv, 'lang')
  return value === 'zh' || value === 'en' ? value : undefined
}

/** The error's text on one line, without oclif's "See more help" tail and its indentation. */
function oneLine(message: string): string {
  return message.split('\n').map(l => l.trim()).filter(l => l !== '' && !/^See more help with --help$/.test(l)).join('; ')
}

function badValue(lang: Lang, spec: UsageSpec, flag: string, message: string): YunwangError {
  const def = spec.flags[flag] ?? {}
  const value = valueOf(spec.argv, flag)
  if (value === undefined) return new YunwangError('BAD_FLAG', {flag, reason: t(lang, 'usage.noValue', {flag})})
  if (def.options) return new YunwangError('BAD_FLAG', {flag, value, options: [...def.options], reason: t(lang, 'usage.options', {flag, value, options: def.options.join(', ')})})
  // A parser other than oclif's integer one: its own words, on one line, after the flag.
  if (!/Expected an integer/.test(message)) return new YunwangError('BAD_FLAG', {flag, value, reason: `--${flag}: ${oneLine(message.replace(/^Parsing --[\w-]+ /, ''))}`})
  const range = def.min !== undefined && def.max !== undefined ? 'usage.integerRange' : def.min === undefined ? 'usage.integer' : 'usage.integerMin'
  const data: Record<string, string | number> = {flag, value}
  if (def.min !== undefined) data.min = def.min
  if (def.max !== undefined) data.max = def.max
  return new YunwangError('BAD_FLAG', {...data, reason: t(lang, range, data)})
}

/**
 * The yunwang error for one of oclif's usage errors, or undefined for anything else. oclif's parser error
 * classes are not exported, so they are told apart by name and by the properties they carry.
 */
export function usageError(err: Error, lang: Lang, spec: UsageSpec): YunwangError | undefined {
  const oclifExit = (err as {oclif?: {exit?: number}}).oclif?.exit
  const parsing = /^Parsing --([\w-]+) /.exec(err.message)
  if (typeof oclifExit !== 'number' && !parsing) return undefined
  const kind = err.constructor.name
  const props = err as Error & {flags?: unknown; args?: unknown}
  if (kind === 'NonExistentFlagsError' && Array.isArray(props.flags)) {
    const flags = props.flags.map(String)
    const known = Object.keys(spec.flags).map(f => `--${f}`)
    const suggestion = flags.length === 1 ? nearest(flags[0].replace(/=.*$/, ''), known) : undefined
    return new YunwangError('UNKNOWN_FLAG', {flags, ...(suggestion ? {suggestion} : {})})
  }
  if (kind === 'RequiredArgsError' && Array.isArray(props.args)) {
    return new YunwangError('MISSING_ARGUMENT', {args: props.args.map(a => String((a as {name?: string}).name ?? a))})
  }
  if (kind === 'UnexpectedArgsError' && Array.isArray(props.args)) {
    return new YunwangError('UNEXPECTED_ARGUMENT', {args: props.args.map(String)})
  }
  const flag = parsing?.[1]
    ?? /^Expected --([\w-]+)=/.exec(err.message)?.[1]
    ?? /^Flag --([\w-]+) (?:expects)/.exec(err.message)?.[1]
  if (flag !== undefined) return badValue(lang, spec, flag, err.message)
  return new YunwangError('BAD_FLAG', {reason: oneLine(err.message)})
}
