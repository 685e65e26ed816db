// What every command shares: --json, --lang, --as-of; inventory paths; one catch() mapping errors to exit codes.
import {join} from 'node:path'
import type {Interfaces} from '@oclif/core'
import * as Args from '@oclif/core/args'
import {Command} from '@oclif/core/command'
import * as Errors from '@oclif/core/errors'
import {EXIT, YunwangError, exitCodeFor} from './core/errors.js'
import {type Lang, langFromEnv, t} from './i18n/index.js'
import {errorMessageKey, problemJson, problemLine} from './render/problems.js'
import {isDateInRange} from './core/dates.js'
import {today} from './io/clock.js'
import type {Inventory} from './core/inventory/model.js'
import type {YunwangYaml} from './core/inventory/schema-types.js'
import type {Policy} from './core/policy/model.js'
import {type LoadOptions, loadInventory} from './io/load-inventory.js'
import {type ParseCache, cacheSalt, openParseCache} from './io/parse-cache.js'
import {currentSchemaDigest} from './io/load-schemas.js'
import {type OraFactory, loadSpinner, progressEnabled, startProgress} from './render/progress.js'
import {writeJson} from './io/write-json.js'
import {stdoutWriter} from './io/write-stdout.js'
import {drained} from './io/stdout-drained.js'
import {writeOutput} from './io/write-output.js'
import type {NamedTable} from './render/xlsx.js'
import {globalFlags} from './flags.js'
import {langFlag, usageError} from './usage-error.js'
import {inventoryPaths, readProjectConfig} from './io/project-config.js'
import type {RegionSlice} from './core/slice/region-slice.js'
import type {SliceMembers} from './core/slice/slice-members.js'

// What only some commands use is imported when one of them runs (see init), not at every start-up: the
// policy pack's loader and rules, the region tables and slices, the workbook writer.
type PolicyLoader = typeof import('./io/load-policy.js').loadPolicy
type XlsxRenderer = typeof import('./render/xlsx.js').renderXlsx
interface RegionModules {
  cityGroupLabeller: typeof import('./core/inventory/region-label.js').cityGroupLabeller
  regionLabeller: typeof import('./core/inventory/region-label.js').regionLabeller
  isProvinceCode: typeof import('./core/inventory/city-group.js').isProvinceCode
  cityOf: typeof import('./core/region/city-of.js').cityOf
  findRegion: typeof import('./core/slice/find-region.js').findRegion
  regionSlice: typeof import('./core/slice/region-slice.js').regionSlice
  sliceMembers: typeof import('./core/slice/slice-members.js').sliceMembers
  loadRegionNames: typeof import('./io/load-regions.js').loadRegionNames
  loadRegionTable: typeof import('./io/load-regions.js').loadRegionTable
}

async function importRegionModules(): Promise<RegionModules> {
  const [label, cityGroup, cityOf, find, slice, members, regions] = await Promise.all([
    import('./core/inventory/region-label.js'),
    import('./core/inventory/city-group.js'),
    import('./core/region/city-of.js'),
    import('./core/slice/find-region.js'),
    import('./core/slice/region-slice.js'),
    import('./core/slice/slice-members.js'),
    import('./io/load-regions.js'),
  ])
  return {
    cityGroupLabeller: label.cityGroupLabeller,
    regionLabeller: label.regionLabeller,
    isProvinceCode: cityGroup.isProvinceCode,
    cityOf: cityOf.cityOf,
    findRegion: find.findRegion,
    regionSlice: slice.regionSlice,
    sliceMembers: members.sliceMembers,
    loadRegionNames: regions.loadRegionNames,
    loadRegionTable: regions.loadRegionTable,
  }
}

/** Set in init: a method that needs one of them on a command that said it does not is a programming error. */
function loaded<M>(module: M | undefined, what: string): M {
  if (module === undefined) throw new Error(`${what} not loaded: the command declares that it does not use it`)
  return module
}

export type BaseFlags<T extends typeof Command> = Interfaces.InferredFlags<(typeof BaseCommand)['baseFlags'] & T['flags']>
export type BaseArgs<T extends typeof Command> = Interfaces.InferredArgs<T['args']>

/** The inventory paths argument of every command that reads an inventory (variadic: set `strict = false`). */
export const inventoryPathsArg = Args.string({description: 'inventory files or directories (default: paths from yunwang.yaml, else ./inventory)'})

export abstract class BaseCommand<T extends typeof Command> extends Command {
  static override enableJsonFlag = true
  static override baseFlags = globalFlags

  /** Whether the command reads yunwang.yaml; `init` does not, so that it can repair a broken one. */
  static readsProject = true
  /** Whether run() may call policy() without --policy or a pack in yunwang.yaml (validate does not). */
  static usesPolicy = true
  /** Whether run() uses the region tables: --region slices, region and city labels. */
  static usesRegions = true

  protected flags!: BaseFlags<T>
  protected args!: BaseArgs<T>
  /** Every positional argument as parsed, in order (inventory paths are variadic, so not in `args`). */
  protected argvParsed: readonly string[] = []
  protected lang: Lang = langFromEnv(process.env)
  protected asOf = today()
  protected project: YunwangYaml = {}
  private spinner: OraFactory | undefined
  private policyLoader: PolicyLoader | undefined
  private regionModules: RegionModules | undefined
  private xlsxRenderer: XlsxRenderer | undefined

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
    this.argvParsed = argv as string[]
    this.spinner = await loadSpinner(progressEnabled(this.jsonEnabled(), process.env, Boolean(process.stderr.isTTY), process.stderr.columns ?? 0))
    if ((this.ctor as typeof BaseCommand).readsProject) this.project = readProjectConfig(process.cwd()) ?? {}
    if (this.flags.lang) this.lang = this.flags.lang
    else if (this.project.lang) this.lang = this.project.lang
    // A workbook is bytes for a spreadsheet program, not for a terminal: said before any work is done.
    const {format, out} = this.flags as {format?: string; out?: string}
    if (format === 'xlsx' && out === undefined) throw new YunwangError('BAD_FLAG', {flag: 'out', reason: t(this.lang, 'badFlag.xlsxOut')})
    const asOf = this.flags['as-of']
    if (asOf !== undefined) {
      if (!isDateInRange(asOf)) throw new YunwangError('BAD_FLAG', {flag: 'as-of', value: asOf, reason: t(this.lang, 'badFlag.asOf', {value: asOf})})
      this.asOf = asOf
    }
    const ctor = this.ctor as typeof BaseCommand
    const [policy, regions, xlsx] = await Promise.all([
      ctor.usesPolicy || this.flags.policy !== undefined || this.project.policy !== undefined ? import('./io/load-policy.js') : undefined,
      ctor.usesRegions ? importRegionModules() : undefined,
      format === 'xlsx' ? import('./render/xlsx.js') : undefined,
    ])
    this.policyLoader = policy?.loadPolicy
    this.regionModules = regions
    this.xlsxRenderer = xlsx?.renderXlsx
  }

  private get regions(): RegionModules {
    return loaded(this.regionModules, 'region tables')
  }

  /** The inventory at `pathArgs` (none: yunwang.yaml's paths, else ./inventory); input problems end the command with exit 2. */
  protected loadInventoryOrThrow(pathArgs: readonly string[]): Inventory {
    const {paths} = inventoryPaths(pathArgs, process.cwd(), this.project)
    const loaded = this.withProgress(onProgress => loadInventory(paths, {cwd: process.cwd(), onProgress, cache: this.parseCache()}))
    if (!loaded.ok) throw new YunwangError('INVALID_INPUT', {}, loaded.problems)
    return loaded.inventory
  }

  /**
   * The cache of parsed, checked inventory files (io/parse-cache.ts) under the platform's cache directory
   * (oclif's: $XDG_CACHE_HOME/yunwang on Linux, ~/Library/Caches/yunwang on macOS, %LOCALAPPDATA%\yunwang
   * on Windows; YUNWANG_CACHE_DIR overrides), or none with --no-cache.
   */
  protected parseCache(): ParseCache | undefined {
    if ((this.flags as {cache?: boolean}).cache === false) return undefined
    const salt = cacheSalt(this.config.version, currentSchemaDigest())
    return salt === undefined ? undefined : openParseCache(join(this.config.cacheDir, 'parsed'), salt)
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

  /**
   * The `--region` slice of the commands that take it: undefined without the flag; an unknown code or name
   * is a usage error (exit 2) with the closest codes and names, an ambiguous name one that lists its codes.
   * A notice on stderr names the slice in human output.
   */
  protected regionSlice(): RegionSlice | undefined {
    const value = (this.flags as {region?: string}).region
    if (value === undefined) return undefined
    const {findRegion, loadRegionNames, loadRegionTable, regionLabeller, regionSlice} = this.regions
    const table = loadRegionTable()
    const found = findRegion(table, value)
    if (!found.ok && found.reason === 'ambiguous') {
      throw new YunwangError('AMBIGUOUS_REGION', {flag: 'region', value, candidates: found.codes.map(c => `${c} ${regionLabeller(loadRegionNames(), this.lang)(c)}`)})
    }
    if (!found.ok) {
      throw new YunwangError('UNKNOWN_REGION', {flag: 'region', value, candidates: found.suggestions, ...(found.suggestions.length > 0 ? {suggestion: found.suggestions.join('", "')} : {})})
    }
    if (!this.jsonEnabled()) process.stderr.write(`yunwang: ${t(this.lang, 'slice.notice', {region: this.regionLabel(found.code), code: found.code})}\n`)
    return regionSlice(found.code)
  }

  /** The name a person reads for a region code, in the command's language. */
  protected regionLabel(code: string): string {
    const {loadRegionNames, regionLabeller} = this.regions
    return regionLabeller(loadRegionNames(), this.lang)(code)
  }

  /** The records of the `--region` slice in this inventory; undefined without the flag. */
  protected sliceOf(inv: Inventory, slice = this.regionSlice()): SliceMembers | undefined {
    return slice ? this.regions.sliceMembers(inv, slice) : undefined
  }

  private policyCache: Policy | undefined

  /** The policy pack of --policy, else yunwang.yaml's, else the default (jiangsu); loaded once. */
  protected policy(): Policy {
    this.policyCache ??= loaded(this.policyLoader, 'policy loader')(this.flags.policy ?? this.project.policy, process.cwd())
    return this.policyCache
  }

  /**
   * A command's human output: `text()` on stdout (not under --json), or with --out written to that file
   * (atomically, never over a file without --force); --format xlsx writes `tables()` as a workbook.
   */
  protected deliver(text: () => string, tables: () => NamedTable[]): void {
    const {format, out, force} = this.flags as {format?: string; out?: string; force?: boolean}
    if (out === undefined) {
      if (!this.jsonEnabled()) process.stdout.write(text())
      return
    }
    const content = format === 'xlsx' ? loaded(this.xlsxRenderer, 'workbook writer')(tables(), {date: this.asOf}) : text()
    const path = writeOutput(out, content, {cwd: process.cwd(), force})
    if (!this.jsonEnabled()) process.stderr.write(`yunwang: ${t(this.lang, 'common.written', {path})}\n`)
  }

  /** Sets the exit code without ending the command, so the result is still printed (and logged as JSON). */
  /** The name a person reads for a `--by city` group key (a city code, or the province's own group). */
  protected cityLabel(): (code: string) => string {
    const {cityGroupLabeller, loadRegionNames} = this.regions
    return cityGroupLabeller(loadRegionNames(), this.lang, name => t(this.lang, 'region.provinceGroup', {name}))
  }

  /** The cities of the shipped region tables (设区市 codes), each a row of a league table even without data. */
  protected cityCodes(): string[] {
    const {cityOf, isProvinceCode, loadRegionNames} = this.regions
    return [...loadRegionNames().keys()].filter(code => cityOf(code) === code && !isProvinceCode(code)).sort()
  }

  protected setExitCode(code: number): void {
    process.exitCode = code
  }

  /** `--json` is never coloured; oclif's colouriser tokenizes the whole document, which takes seconds and doubles memory on a 100,000-system result. Written in pieces (see io/write-json.ts). */
  protected override logJson(json: unknown): void {
    writeJson(json, stdoutWriter())
  }

  /**
   * Returns only once standard output has taken everything: a pipe takes it as fast as its reader reads
   * (jq on a 100,000-system check's 300 MB), and oclif gives up on output still queued 10 s after the
   * command ends (exit 2, output cut short). This wait has no limit; it ends early only if the reader
   * has gone.
   */
  protected override async finally(err: Error | undefined): Promise<unknown> {
    await drained(process.stdout)
    return super.finally(err)
  }

  public override async catch(err: Error & {exitCode?: number}): Promise<unknown> {
    if (err instanceof Errors.ExitError) throw err
    // A parse error comes before the flags are known: --lang is read from the command line itself.
    if (!this.flags) this.lang = langFlag(this.argv) ?? this.lang
    const usage = err instanceof YunwangError ? undefined : usageError(err, this.lang, {
      flags: {...(this.ctor as typeof BaseCommand).baseFlags, ...this.ctor.flags, json: {type: 'boolean'}},
      argv: this.argv,
    })
    const known = usage ?? (err instanceof YunwangError ? err : undefined)
    if (known) {
      process.exitCode = exitCodeFor(known.code)
      const suggestion = typeof known.data.suggestion === 'string' ? t(this.lang, 'error.suggestion', {suggestion: known.data.suggestion}) : ''
      const message = t(this.lang, errorMessageKey(known.code, known.data), {...known.data, count: known.problems.length}) + suggestion
      if (this.jsonEnabled()) {
        const errors = known.problems.length > 0 ? {errors: known.problems.map(p => problemJson(p, this.lang))} : {}
        this.logJson({error: {code: known.code, message, exitCode: process.exitCode, ...known.data, ...errors}})
      } else {
        for (const p of known.problems) process.stderr.write(`${problemLine(p, this.lang)}\n`)
        process.stderr.write(`yunwang: ${message}\n`)
      }
      return
    }
    process.exitCode = EXIT.internal
    const reason = err?.message ?? String(err)
    if (this.jsonEnabled()) this.logJson({error: {code: 'INTERNAL', message: t(this.lang, 'error.INTERNAL', {reason}), exitCode: EXIT.internal}})
    else process.stderr.write(`yunwang: ${t(this.lang, 'error.INTERNAL', {reason})}\n${process.env.DEBUG ? `${err?.stack}\n` : ''}`)
  }
}

/** An error's message key; a git failure has one message per reason (git's own text is English). */

