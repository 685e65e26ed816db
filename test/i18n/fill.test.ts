// t: a message's placeholders filled from named values, the same text however often it is asked.
import {describe, expect, it} from 'vitest'
import {t} from '../../src/i18n/index.js'

describe('t', () => {
  it('fills each placeholder, joins lists, and leaves a placeholder without a value as written', () => {
    const values = {code: 'YAML_SYNTAX', file: 'a.yaml', line: 3, column: 7, problems: 2}
    expect(t('en', 'trend.error', values)).toBe('inventory does not load: YAML_SYNTAX (a.yaml:3:7, 2 problem(s))')
    expect(t('zh', 'trend.error', values)).toBe('清单无法加载：YAML_SYNTAX（a.yaml:3:7，共 2 处问题）')
    expect(t('en', 'trend.error', {...values, file: undefined})).toBe('inventory does not load: YAML_SYNTAX ({file}:3:7, 2 problem(s))')
    expect(t('en', 'trend.error', {...values, code: ['A', 'B']})).toBe('inventory does not load: A, B (a.yaml:3:7, 2 problem(s))')
    // Asked again (the cut text is kept): the same words.
    expect(t('en', 'trend.error', values)).toBe('inventory does not load: YAML_SYNTAX (a.yaml:3:7, 2 problem(s))')
    expect(t('en', 'trend.carried')).toBe(' (carried)')
  })
})
