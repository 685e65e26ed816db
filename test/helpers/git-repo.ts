// Tiny git repositories for history tests: files written and committed at a given instant, with the
// committer date set as well as the author date (trend reads committer dates).
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'

export class TestRepo {
  readonly dir: string

  constructor(prefix = 'yw-repo-') {
    this.dir = mkdtempSync(join(tmpdir(), prefix))
    this.git('init', '-q')
    this.git('symbolic-ref', 'HEAD', 'refs/heads/main')
  }

  git(...args: string[]): string {
    return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {cwd: this.dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8'})
  }

  write(files: Record<string, string | null>): void {
    for (const [name, text] of Object.entries(files)) {
      const path = join(this.dir, name)
      if (text === null) rmSync(path, {force: true})
      else {
        mkdirSync(dirname(path), {recursive: true})
        writeFileSync(path, text)
      }
    }
  }

  /** Commits everything at `date` (ISO 8601 with an offset, e.g. 2026-01-31T23:30:00+08:00); the new hash. */
  commit(date: string, message = date, extra: string[] = []): string {
    this.git('add', '-A', '.')
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', message, '--date', date, ...extra], {
      cwd: this.dir, stdio: 'pipe', env: {...process.env, GIT_COMMITTER_DATE: date},
    })
    return this.git('rev-parse', 'HEAD').trim()
  }

  remove(): void {
    rmSync(this.dir, {recursive: true, force: true})
  }
}

/** A one-node-per-type inventory: `onCloud` of the systems a, b, c, d hosted on the provincial cloud, the rest self-built. */
export function smallInventory(onCloud: string[], extra: {systems?: string} = {}): Record<string, string> {
  const system = (id: string, department: string) =>
    `  - {id: ${id}, name: 系统${id}, department: ${department}, level: province, region: "320000", hosting: {node: ${onCloud.includes(id) ? 'pc' : 'sb'}}}\n`
  return {
    'inv/nodes.yaml': 'apiVersion: yunwang/v1\nkind: NodeInventory\nnodes:\n  - {id: pc, name: 省政务云, type: provincial-cloud}\n  - {id: sb, name: 自建机房, type: self-built}\n',
    'inv/systems.yaml': `apiVersion: yunwang/v1\nkind: SystemInventory\nsystems:\n${system('a', 'D1')}${system('b', 'D1')}${system('c', 'D2')}${system('d', 'D2')}${extra.systems ?? ''}`,
  }
}
