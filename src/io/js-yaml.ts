// js-yaml, loaded from its CommonJS build. On Node 20 the same version's ES-module build parses an
// inventory about twice as slowly (100,000 systems: 7.5–8 s of CPU against 4–5 s, fresh processes, same
// run; see README "Performance"), so every module of the product takes js-yaml from here, never by
// `import … from 'js-yaml'` (test/io/js-yaml.test.ts keeps it so).
import {createRequire} from 'node:module'

type JsYaml = typeof import('js-yaml')
const yaml = createRequire(import.meta.url)('js-yaml') as JsYaml

export type {Event} from 'js-yaml'
export const {
  EVENT_ALIAS, EVENT_MAPPING, EVENT_POP, EVENT_SCALAR, EVENT_SEQUENCE, SCALAR_STYLE_DOUBLE_QUOTED, SCALAR_STYLE_SINGLE_QUOTED,
  YAMLException, dump, getScalarValue, load, parseEvents,
} = yaml
