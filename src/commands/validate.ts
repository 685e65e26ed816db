// `yunwang validate [PATHS]`: parse, schema and references; every problem placed at file:line:column.
import {BaseCommand, inventoryPathsArg} from '../base-command.js'
import {EXIT} from '../core/errors.js'
import {loadInventory} from '../io/load-inventory.js'
import {inventoryPaths} from '../io/project-config.js'
import {t} from '../i18n/index.js'
import {type ProblemJson, problemJson, problemLine} from '../render/problems.js'

export interface ValidateResult {
  ok: boolean
  counts: {systems: number; nodes: number; networks: number}
  files: number
  errors: ProblemJson[]
}

export default class Validate extends BaseCommand<typeof Validate> {
  static override summary = 'Check inventories: syntax, schema and references. 校验清单：语法、结构与引用。'
  static override description = 'Reports every problem with file:line:column, a JSON pointer, a stable code and a fix hint. With --policy, the pack (and the packs it extends) is checked too. Exit 0 when valid, 2 otherwise.'
  static override strict = false
  static override usesPolicy = false
  static override usesRegions = false
  static override args = {paths: inventoryPathsArg}
  static override examples = ['<%= config.bin %> validate examples/jiangsu', '<%= config.bin %> validate inventory/ --json', '<%= config.bin %> validate inventory/ --policy changzhou']

  public async run(): Promise<ValidateResult> {
    // A pack named with --policy (or in yunwang.yaml) is checked first: a broken pack is a problem of the
    // repository as much as a broken inventory (exit 2, each problem at its line).
    if (this.flags.policy !== undefined || this.project.policy !== undefined) this.policy()
    const {paths} = inventoryPaths(this.argvParsed, process.cwd(), this.project)
    const loaded = this.withProgress(onProgress => loadInventory(paths, {cwd: process.cwd(), onProgress, cache: this.parseCache()}))
    const inv = loaded.ok ? loaded.inventory : loaded.partial
    const result: ValidateResult = {
      ok: loaded.ok,
      counts: {systems: inv?.systems.length ?? 0, nodes: inv?.nodes.length ?? 0, networks: inv?.networks.length ?? 0},
      files: loaded.files.length,
      errors: loaded.ok ? [] : loaded.problems.map(p => problemJson(p, this.lang)),
    }
    if (!loaded.ok) this.setExitCode(EXIT.input)
    if (!this.jsonEnabled()) {
      if (loaded.ok) {
        this.log(t(this.lang, 'validate.ok', {...result.counts, files: result.files}))
      } else {
        let last = ''
        for (const p of loaded.problems) {
          if (p.position.file !== last && last !== '') this.log('')
          last = p.position.file
          this.log(problemLine(p, this.lang))
        }
        this.log('')
        this.log(t(this.lang, 'validate.failed', {count: loaded.problems.length, files: new Set(loaded.problems.map(p => p.position.file)).size}))
      }
    }
    return result
  }
}
