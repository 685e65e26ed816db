// What every command shares: --json, --lang, --as-of; inventory paths; one catch() mapping errors to exit codes.
import {Args, Command, Errors, Flags, type Interfaces} from '@oclif/core'
import {EXIT, YunwangError, exitCodeFor} from './core/errors.js'
import {type Lang, langFromEnv, t} from './i18n/index.js'
import {problemJson, problemLine} from './render/problems.js'
import {isRealDate} from './core/dates.js'
import {today} from './io/clock.js'
import type {Inventory} from './core/inventory/model.js'
import type {YunwangYaml} from './core/inventory/schema-types.js'
import type {Policy} from './core/policy/model.js'
import {type LoadOptions, loadInventory} from './io/load-inventory.js'
import {type OraFactory, loadSpinner, progressEnabled, startProgress} from './render/progress.js'
import {loadPolicy} from './io/load-policy.js'
import {writeJson} from './io/write-json.js'
import {inventoryPaths, readProjectConfig} from './io/project-config.js'

export type BaseFlags<T extends typeof Command> = Interfaces.InferredFlags<(typeof BaseCommand)['baseFlags'] & T['flags']>
export type BaseArgs<T extends typeof Command> = Interfaces.InferredArgs<T['args']>

/** The inventory paths argument of every command that reads an inventory (variadic: set `strict = false`). */
export const inventoryPathsArg = Args.string({description: 'inventory files or directories (default: paths from yunwang.yaml, else ./inventory)'})

/** `--all` of the commands that print long lists (see render/row-limit.ts). */
export const allRowsFlag = Flags.boolean({summary: 'List every row; by default each list shows its first 20 rows and how many more. 列出全部行（默认每个列表只列前 20 行）。'})

export abstract class BaseCommand<T extends typeof Command> extends Command {
  static override enableJsonFlag = true
  static override baseFlags = {
    lang: Flags.option({options: ['zh', 'en'] as const, summary: 'Output language (zh or en); default from LANG/LC_ALL. 输出语言。', helpGroup: 'GLOBAL'})(),
    'as-of': Flags.string({summary: 'Evaluation date YYYY-MM-DD; default today. 评估日期。', helpGroup: 'GLOBAL'}),
    policy: Flags.string({summary: 'Policy pack: a name under seeds/policy or a file; default jiangsu. 政策包。', helpGroup: 'GLOBAL'}),
  }

  protected flags!: BaseFlags<T>
  protected args!: BaseArgs<T>
  /** Every positional argument, in order (inventory paths are variadic). */
  protected positional: string[] = []
  protected lang: Lang = langFromEnv(process.env)
  protected asOf = today()
  protected project: YunwangYaml = {}
  private spinner: OraFactory | undefined

  public override async init(): Promise<void> {
    await super.init()
    const {args, argv, flags} = await this.parse({
      flags: this.ctor.flags,
      baseFlags: (this.ctor as typeof BaseCommand).baseFlags,
      enableJsonFlag: this.ctor.enableJsonFlag,
      args: this.ctor.args,
      strict: this.ctor.strict,
    })
    this.flags = flags as BaseFlags<T>
    this.args = args as BaseArgs<T>
    this.positional = argv as string[]
    this.spinner = await loadSpinner(progressEnabled(this.jsonEnabled(), process.env, Boolean(process.stderr.isTTY), process.stderr.columns ?? 0))
    this.project = readProjectConfig(process.cwd()) ?? {}
    if (this.flags.lang) this.lang = this.flags.lang
    else if (this.project.lang) this.lang = this.project.lang
    const asOf = this.flags['as-of']
    if (asOf !== undefined) {
      if (!isRealDate(asOf)) throw new YunwangError('BAD_FLAG', {reason: t(this.lang, 'badFlag.asOf', {value: asOf})})
      this.asOf = asOf
    }
  }

  /** The inventory named by the arguments (or yunwang.yaml, or ./inventory); input problems end the command with exit 2. */
  protected loadInventoryOrThrow(): Inventory {
    const {paths} = inventoryPaths(this.positional, process.cwd(), this.project)
    const loaded = this.withProgress(onProgress => loadInventory(paths, {cwd: process.cwd(), onProgress}))
    if (!loaded.ok) throw new YunwangError('INVALID_INPUT', {}, loaded.problems)
    return loaded.inventory
  }

  /** Runs a load with a spinner on interactive terminals (see render/progress.ts). */
  protected withProgress<R>(work: (onProgress: NonNullable<LoadOptions['onProgress']>) => R): R {
    const progress = startProgress(this.spinner)
    try {
      return work((phase, done, total, records) => progress.update(t(this.lang, `progress.${phase}`, {done, total, records})))
    } finally {
      progress.stop()
    }
  }

  private readonly startedAt = performance.now()

  /**
   * Runs one long step after loading (graph, plan, check …) under the spinner, named by its phase. The
   * step is synchronous, so the frame drawn on entry stays until it ends; it shows only once the command
   * has taken a second, and never where the spinner is off (--json, CI, NO_COLOR, piped).
   */
  protected phase<R>(name: 'graph' | 'plan' | 'ipv6' | 'check', records: number, work: () => R): R {
    const progress = startProgress(this.spinner, undefined, this.startedAt)
    try {
      progress.update(t(this.lang, `progress.run.${name}`, {records}))
      return work()
    } finally {
      progress.stop()
    }
  }

  private policyCache: Policy | undefined

  /** The policy pack of --policy, else yunwang.yaml's, else the default (jiangsu); loaded once. */
  protected policy(): Policy {
    this.policyCache ??= loadPolicy(this.flags.policy ?? this.project.policy, process.cwd())
    return this.policyCache
  }

  /** Sets the exit code without ending the command, so the result is still printed (and logged as JSON). */
  protected setExitCode(code: number): void {
    process.exitCode = code
  }

  /** `--json` is never coloured; oclif's colouriser tokenizes the whole document, which takes seconds and doubles memory on a 100,000-system result. Written in pieces (see io/write-json.ts). */
  protected override logJson(json: unknown): void {
    writeJson(json, chunk => process.stdout.write(chunk))
  }

  public override async catch(err: Error & {exitCode?: number}): Promise<unknown> {
    if (err instanceof Errors.ExitError) throw err
    if (err instanceof YunwangError) {
      process.exitCode = exitCodeFor(err.code)
      const suggestion = typeof err.data.suggestion === 'string' ? t(this.lang, 'error.suggestion', {suggestion: err.data.suggestion}) : ''
      const message = t(this.lang, `error.${err.code}`, {...err.data, count: err.problems.length}) + suggestion
      if (this.jsonEnabled()) {
        this.logJson({error: {code: err.code, message, exitCode: process.exitCode, errors: err.problems.map(p => problemJson(p, this.lang))}})
      } else {
        for (const p of err.problems) process.stderr.write(`${problemLine(p, this.lang)}\n`)
        process.stderr.write(`yunwang: ${message}\n`)
      }
      return
    }
    const oclifExit = (err as {oclif?: {exit?: number}}).oclif?.exit
    if (typeof oclifExit === 'number') {
      // oclif's own usage errors (unknown flag, missing argument): exit 2, one line, no stack.
      process.exitCode = oclifExit === 0 ? 0 : EXIT.input
      const message = err.message.split('\n')[0]
      if (this.jsonEnabled()) this.logJson({error: {code: 'BAD_FLAG', message, exitCode: process.exitCode}})
      else process.stderr.write(`yunwang: ${t(this.lang, 'error.BAD_FLAG', {reason: err.message.trim()})}\n`)
      return
    }
    process.exitCode = EXIT.internal
    const reason = err?.message ?? String(err)
    if (this.jsonEnabled()) this.logJson({error: {code: 'INTERNAL', message: t(this.lang, 'error.INTERNAL', {reason}), exitCode: EXIT.internal}})
    else process.stderr.write(`yunwang: ${t(this.lang, 'error.INTERNAL', {reason})}\n${process.env.DEBUG ? `${err?.stack}\n` : ''}`)
  }
}
