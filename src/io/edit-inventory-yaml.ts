// Writes the changes of `import --merge` into an inventory YAML file in place. The file is parsed with
// the `yaml` package's Document API, which keeps comments, key order and each node's style (quotes,
// flow or block) where js-yaml keeps only values; each changed record is re-stringified alone and put
// back over its own source range, so every line outside a changed record stays byte for byte as it was.
import {Document, type Node, type Pair, type ParsedNode, YAMLMap, YAMLSeq, isCollection, isMap, isSeq, parseDocument} from 'yaml'
import type {FieldChange} from '../core/import/plan-merge.js'

/**
 * lineWidth 0: never fold a long line (a name of 80 characters stays on its line); no padding inside
 * flow collections ({node: a}, as inventories are written, not { node: a }). Measured on every YAML
 * file of examples/ and test/fixtures/: a file read and written with these options comes back byte
 * for byte, except a flow mapping wrapped by hand over two lines, which is joined (only when its record
 * changes: other records are not re-written).
 */
export const YAML_OUTPUT = {lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false} as const

export interface FileEdits {
  updates: Array<{index: number; changes: FieldChange[]}>
  /** Indexes of records to remove. */
  deletions: number[]
  additions: Array<Record<string, unknown>>
}

interface Splice {
  start: number
  end: number
  text: string
}

/** A new value as a node: a collection in flow style, as inventories write a record's nested values. */
function valueNode(doc: Document, value: unknown, like?: unknown): Node {
  const node = doc.createNode(value) as Node
  const flow = isCollection(like) ? like.flow ?? false : true
  if (isCollection(node)) node.flow = flow
  return node
}

function setField(doc: Document, record: YAMLMap, path: string[], value: unknown): void {
  let cur: YAMLMap = record
  for (let i = 0; i < path.length - 1; i++) {
    const next = cur.get(path[i], true)
    if (!isMap(next)) {
      // The rest of the path is a new nested value: {vcpu: 4}, in flow style.
      let rest: unknown = value
      for (let j = path.length - 1; j > i; j--) rest = {[path[j]]: rest}
      cur.set(path[i], valueNode(doc, rest))
      return
    }
    cur = next
  }
  const key = path.at(-1) as string
  const old = cur.get(key, true)
  if (old !== undefined && !isCollection(old) && (value === null || typeof value !== 'object')) cur.set(key, value)
  else cur.set(key, valueNode(doc, value, old))
}

function removeField(record: YAMLMap, path: string[]): void {
  const maps: YAMLMap[] = [record]
  for (const k of path.slice(0, -1)) {
    const next = maps.at(-1)?.get(k, true)
    if (!isMap(next)) return
    maps.push(next)
  }
  maps.at(-1)?.delete(path.at(-1) as string)
  // A nested map left empty (an exemption whose every part was cleared) goes with its last field.
  for (let i = maps.length - 1; i > 0; i--) if (maps[i].items.length === 0) maps[i - 1].delete(path[i - 1])
}

/** A node alone as YAML text (its comment before left out: it stays where it is in the file). */
function stringifyAlone(node: Node): string {
  const before = node.commentBefore
  node.commentBefore = undefined
  const doc = new Document()
  doc.contents = node
  const text = doc.toString(YAML_OUTPUT)
  node.commentBefore = before
  return text
}

function indentRest(text: string, indent: number): string {
  const pad = ' '.repeat(indent)
  return text.split('\n').map((line, i) => (i === 0 || line === '' ? line : pad + line)).join('\n')
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1

export function editInventoryYaml(text: string, list: string, edits: FileEdits): string {
  const doc = parseDocument(text, {keepSourceTokens: false})
  const seq = doc.get(list, true)
  if (!isSeq(seq)) throw new Error(`no ${list} list`)
  const items = seq.items as Array<ParsedNode | Pair>
  for (const u of edits.updates) {
    const record = items[u.index]
    if (!isMap(record)) throw new Error(`record ${u.index} is not a mapping`)
    for (const c of u.changes) {
      if (c.value === undefined) removeField(record, c.path.split('.'))
      else setField(doc, record, c.path.split('.'), c.value)
    }
  }
  const deleted = new Set(edits.deletions)
  if (seq.flow || items.length === 0) {
    // A list written inline ([…]) or empty has no lines of records to keep: the document is written whole.
    const s = seq as YAMLSeq
    s.items = s.items.filter((_, i) => !deleted.has(i))
    for (const r of edits.additions) s.items.push(valueNode(doc, r, new YAMLMap()))
    s.flow = false
    return doc.toString(YAML_OUTPUT)
  }
  const splices: Splice[] = []
  for (const u of edits.updates) {
    if (deleted.has(u.index)) continue
    const record = items[u.index] as YAMLMap & ParsedNode
    const [start, end] = record.range
    const alone = stringifyAlone(record)
    const body = record.flow ? alone.replace(/\n$/, '') : alone.endsWith('\n') ? alone : `${alone}\n`
    splices.push({start, end, text: indentRest(body, start - lineStart(text, start))})
  }
  for (const i of deleted) {
    const record = items[i] as ParsedNode
    const end = text.indexOf('\n', Math.max(record.range[1], record.range[2]) - 1)
    splices.push({start: lineStart(text, record.range[0]), end: end === -1 ? text.length : end + 1, text: ''})
  }
  if (edits.additions.length > 0) {
    const last = items.at(-1) as ParsedNode
    const start = last.range[0]
    const from = lineStart(text, start)
    const column = start - from
    const dash = text.slice(from, start).lastIndexOf('-')
    const lead = `${' '.repeat(Math.max(0, dash))}-${' '.repeat(Math.max(1, column - dash - 1))}`
    let at = Math.max(last.range[1], last.range[2])
    const nl = text.indexOf('\n', at - 1)
    at = nl === -1 ? text.length : nl + 1
    const added = edits.additions.map(r => {
      const node = new YAMLMap()
      for (const [k, v] of Object.entries(r)) node.set(k, v !== null && typeof v === 'object' ? valueNode(doc, v) : v)
      return lead + indentRest(stringifyAlone(node), column)
    }).join('')
    splices.push({start: at, end: at, text: (at === text.length && !text.endsWith('\n') ? '\n' : '') + added})
  }
  splices.sort((a, b) => b.start - a.start || b.end - a.end)
  let out = text
  for (const s of splices) out = out.slice(0, s.start) + s.text + out.slice(s.end)
  return out
}
