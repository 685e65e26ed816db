// `yunwang init [DIR]`: a small commented starter inventory and a yunwang.yaml that later commands read.
import * as Args from '@oclif/core/args'
import {BaseCommand} from '../base-command.js'
import {forceFlag} from '../flags.js'
import {t} from '../i18n/index.js'
import {initFiles} from '../io/read-init-templates.js'
import {writeOutputs} from '../io/write-output.js'

export interface InitResult {
  dir: string
  files: string[]
}

export default class Init extends BaseCommand<typeof Init> {
  static override summary = 'Create a starter inventory with comments, and yunwang.yaml. 生成带注释的示例清单和 yunwang.yaml。'
  static override description = 'Writes yunwang.yaml (paths, policy) and inventory/{systems,nodes,networks,plan}.yaml, each with the schema line editors use and comments in Chinese and English, and a copy of the schemas those lines name under .yunwang/schemas. Writes all files or none; never overwrites without --force.'
  static override args = {dir: Args.string({description: 'folder to create the files in', default: '.'})}
  static override flags = {force: forceFlag}
  static override examples = ['<%= config.bin %> init my-province', '<%= config.bin %> init . --force']
  // A broken yunwang.yaml must not stop `init --force` from replacing it.
  static override readsProject = false

  public async run(): Promise<InitResult> {
    const dir = this.args.dir
    const files = initFiles(dir, {asOf: this.asOf})
    const written = writeOutputs(files, {cwd: process.cwd(), force: this.flags.force})
    if (!this.jsonEnabled()) {
      this.log(t(this.lang, 'init.done', {dir, count: written.length}))
      for (const f of written) this.log(`  ${f}`)
      this.log(t(this.lang, 'init.next', {dir}))
    }
    return {dir, files: written}
  }
}
