// Every code the planner can produce has its words in both languages.
import {describe, expect, it} from 'vitest'
import {isMessageKey, t} from '../../../src/i18n/index.js'

const keys = [
  ...['OVERSIZE_GROUP', 'DEADLINE_MISSED', 'PIN_MOVED', 'PIN_CONFLICT', 'TARGET_CONFLICT', 'TARGET_NOT_ONE_CLOUD', 'UNPLACED', 'EMPTY_SCOPE'].map(c => `plan.warning.${c}`),
  ...['target-capacity', 'target-mlps', 'target-xinchuang', 'target-classified', 'no-eligible-node', 'no-capacity'].map(r => `plan.unplaced.${r}`),
  ...['classified', 'out-of-scope', 'on-cloud', 'exempt', 'retain'].map(r => `plan.explain.why.${r}`),
  ...['first-wave', 'pin', 'notBefore', 'capacity', 'capacityOne', 'oversize', 'blackout', 'dependency.dependencies-first', 'dependency.dependents-first'].map(k => `plan.explain.${k}`),
  ...['target', 'region', 'province', 'provinceFull'].map(v => `plan.explain.node.${v}`),
  ...['capacity', 'capacityVia', 'dependency', 'pin', 'notBefore', 'oversize'].map(k => `plan.held.${k}`),
  'plan.action.migrate', 'plan.action.decommission', 'plan.netAction.interconnect', 'plan.netAction.decommission',
]

describe('plan messages', () => {
  it.each(keys)('%s exists in zh and en', key => {
    expect(isMessageKey(key)).toBe(true)
    if (!isMessageKey(key)) return
    expect(t('zh', key).trim()).not.toBe('')
    expect(t('en', key).trim()).not.toBe('')
    expect(t('zh', key)).not.toBe(t('en', key))
  })
})
