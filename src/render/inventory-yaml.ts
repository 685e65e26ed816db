// Writes an inventory document as people keep it in git: the schema line editors read, a note on
// where it came from, the apiVersion/kind header, then the list.
import {dump} from '../io/js-yaml.js'

export function inventoryYaml(options: {
  kind: 'SystemInventory' | 'NodeInventory' | 'NetworkInventory' | 'Measurements'
  list: 'systems' | 'nodes' | 'networks' | 'measurements'
  records: Array<Record<string, unknown>>
  /** Path from the written file to the schema, for the yaml-language-server line. */
  schemaPath: string
  comments?: string[]
}): string {
  const head = [`# yaml-language-server: $schema=${options.schemaPath}`, ...(options.comments ?? []).map(c => `# ${c}`)]
  const body = dump({apiVersion: 'yunwang/v1', kind: options.kind, [options.list]: options.records}, {lineWidth: -1, noRefs: true, flowLevel: 3})
  return `${head.join('\n')}\n${body}`
}
