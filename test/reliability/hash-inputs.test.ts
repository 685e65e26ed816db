// The global setup that fails the run when an input changed: it must see a change, an addition and a removal.
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, expect, it} from 'vitest'
import {compareTrees, hashTree} from '../setup/hash-inputs.js'

let dir = ''
afterEach(() => {
  if (dir) rmSync(dir, {recursive: true, force: true})
})

it('notices a changed, an added and a removed file, and a retargeted symlink', () => {
  dir = mkdtempSync(join(tmpdir(), 'yw-hash-'))
  mkdirSync(join(dir, 'in/sub'), {recursive: true})
  writeFileSync(join(dir, 'in/a.yaml'), 'a: 1\n')
  writeFileSync(join(dir, 'in/sub/b.yaml'), 'b: 1\n')
  writeFileSync(join(dir, 'in/c.yaml'), 'c: 1\n')
  symlinkSync('.', join(dir, 'in/sub/loop'))
  const before = hashTree(dir, ['in'])
  expect(compareTrees(before, hashTree(dir, ['in']))).toEqual([])
  writeFileSync(join(dir, 'in/a.yaml'), 'a: 2\n')
  writeFileSync(join(dir, 'in/sub/new.yaml'), 'n: 1\n')
  unlinkSync(join(dir, 'in/c.yaml'))
  unlinkSync(join(dir, 'in/sub/loop'))
  symlinkSync('..', join(dir, 'in/sub/loop'))
  expect(compareTrees(before, hashTree(dir, ['in']))).toEqual(['added in/sub/new.yaml', 'changed in/a.yaml', 'changed in/sub/loop', 'removed in/c.yaml'])
})
