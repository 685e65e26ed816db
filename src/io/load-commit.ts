// The inventory of one commit of a history, built from per-file results cached by blob: a file content
// met in several commits (under any name) is decoded, parsed and schema-checked once per run.
import type {CheckedDocument} from '../core/inventory/check-documents.js'
import {documentChecker} from '../core/inventory/check-documents.js'
import {buildInventory} from '../core/inventory/build-inventory.js'
import {type Inventory, type SystemRecord, normalizeSystem} from '../core/inventory/model.js'
import {type FileSystems, updateInventory} from '../core/inventory/update-inventory.js'
import type * as S from '../core/inventory/schema-types.js'
import {type Problem, problem} from '../core/errors.js'
import type {GitHistory} from './git-history.js'
import {MAX_PROBLEMS, checkFile, placeProblems} from './load-inventory.js'
import {schemaErrors} from './load-schemas.js'
import type {ParseCache} from './parse-cache.js'
import {tooLarge} from './read-source.js'

/** What one blob gave, under the name it was first met with. */
interface FileResult {
  file: string
  documents: CheckedDocument[]
  problems: Problem[]
  /** Its systems normalized, once, when it is a SystemInventory file without problems. */
  systems?: SystemRecord[]
}

/** The last commit that built: its files (name → result) and inventory, the base of the next one. */
interface Built {
  files: Map<string, FileResult>
  inventory: Inventory
}

export type CommitLoad = {ok: true; inventory: Inventory} | {ok: false; problems: Problem[]}

export interface CommitLoaderOptions {
  cwd: string
  /** Called each time a blob is parsed (tests count them). */
  onParse?: (oid: string) => void
  /** Parsed, checked files kept by content across runs (see parse-cache.ts). */
  cache?: ParseCache
}

/**
 * Loads commits of one history; keeps each blob's checked result for the commits after it. An inventory
 * it returns is valid until the next load (the next commit's may be made from it in place).
 */
export class CommitLoader {
  private readonly results = new Map<string, Promise<FileResult>>()
  private last: Built | undefined

  constructor(private readonly history: GitHistory, private readonly o: CommitLoaderOptions) {}

  async load(tree: string): Promise<CommitLoad> {
    const {files, missing} = await this.history.files(tree)
    const results = await Promise.all(files.map(f => this.result(f.oid, f.file)))
    const now = new Map(files.map((f, i) => [f.file, results[i]]))
    const updated = missing.length === 0 ? this.update(now) : undefined
    if (updated) {
      this.last = {files: now, inventory: updated}
      return {ok: true, inventory: updated}
    }
    const documents: CheckedDocument[] = []
    const problems: Problem[] = missing.map(path => problem('PATH_NOT_FOUND', path, '', {path}))
    results.forEach((r, i) => {
      const file = files[i].file
      for (const d of r.documents) documents.push(d.file === file ? d : {...d, file})
      for (const p of r.problems) problems.push(p.position.file === file ? p : renamed(p, file))
    })
    if (files.length === 0 && missing.length === 0) problems.push(problem('NO_INPUT', '.', '', {path: '.'}))
    const built = buildInventory(documents, problems)
    if (built.ok) {
      this.last = {files: now, inventory: built.value}
      return {ok: true, inventory: built.value}
    }
    // Place the problems (line and column) from the texts of the files they name.
    const named = new Set(built.problems.flatMap(p => [p.position.file, ...(p.related ? [p.related.file] : [])]))
    const texts = new Map<string, string>()
    for (const f of files) {
      if (!named.has(f.file)) continue
      const b = await this.history.blob(f.oid)
      if (b.content) texts.set(f.file, b.content.toString('utf8'))
    }
    const read = (file: string) => {
      const text = texts.get(file)
      return text === undefined ? problem('PATH_NOT_FOUND', file, '', {path: file}) : {file, text}
    }
    return {ok: false, problems: placeProblems(built.problems, this.o.cwd, read)}
  }

  /**
   * The last built inventory updated for this commit's files, when the files that differ all hold
   * systems only and have no problem (the common month: systems moved, added or retired); else undefined.
   */
  private update(now: Map<string, FileResult>): Inventory | undefined {
    const last = this.last
    if (!last) return undefined
    // The update takes the last inventory over (its maps change in place): it is the base of nothing else.
    this.last = undefined
    const removed: FileSystems[] = []
    const added: FileSystems[] = []
    const systemsOf = (file: string, r: FileResult): FileSystems | undefined => {
      if (r.problems.length > 0 || r.documents.length !== 1 || r.documents[0].kind !== 'SystemInventory') return undefined
      r.systems ??= (r.documents[0].value.systems as S.System[]).map(s => normalizeSystem(s))
      return {file, systems: r.systems}
    }
    for (const [file, r] of last.files) {
      if (now.get(file) === r) continue
      const old = systemsOf(file, r)
      if (!old) return undefined
      removed.push(old)
    }
    for (const [file, r] of now) {
      if (last.files.get(file) === r) continue
      const fresh = systemsOf(file, r)
      if (!fresh) return undefined
      added.push(fresh)
    }
    return updateInventory(last.inventory, removed, added, [...now.keys()])
  }

  private result(oid: string, file: string): Promise<FileResult> {
    // JSON and YAML parse differently: the same bytes under a .json and a .yaml name are two results.
    const key = `${oid}:${file.toLowerCase().endsWith('.json') ? 'json' : 'yaml'}`
    let r = this.results.get(key)
    if (!r) {
      r = this.check(oid, file)
      this.results.set(key, r)
    }
    return r
  }

  private async check(oid: string, file: string): Promise<FileResult> {
    const blob = await this.history.blob(oid)
    if (!blob.content) return {file, documents: [], problems: [tooLarge(file, blob.size)]}
    const checker = documentChecker(schemaErrors, {stopAfter: MAX_PROBLEMS})
    const done = checkFile(checker, file, blob.content, this.o.cache, () => this.o.onParse?.(oid))
    if (!done.ok) return {file, documents: [], problems: [done.problem]}
    const checked = checker.result()
    return {file, documents: checked.documents, problems: checked.problems}
  }

}

/** A problem found under one name, given to the same content under another. */
function renamed(p: Problem, file: string): Problem {
  const from = p.position.file
  return {
    ...p,
    position: {...p.position, file},
    ...(p.related ? {related: {...p.related, file: p.related.file === from ? file : p.related.file}} : {}),
  }
}
