import {describe, expect, it} from 'vitest'
import {dotString} from '../../src/render/escape/dot-string.js'
import {xmlText} from '../../src/render/escape/xml-text.js'
import {mermaidText} from '../../src/render/escape/mermaid-text.js'

describe('escaping for graph formats', () => {
  it('DOT: quotes and backslashes escaped, line breaks as \\n, CJK untouched', () => {
    expect(dotString('统一"门户"\\x\n二')).toBe('"统一\\"门户\\"\\\\x\\n二"')
  })

  it('Mermaid: every character its parser reads becomes an entity, # first', () => {
    expect(mermaidText('a#&"[b](c){d}<e>|f\ng')).toBe('a#35;#amp;#quot;#91;b#93;#40;c#41;#123;d#125;#lt;e#gt;#124;f g')
  })

  it('XML: markup escaped, characters XML 1.0 forbids replaced with U+FFFD', () => {
    expect(xmlText(`a&b<c>"d"'e'\u0001\u000b\uFFFF\tf\uD800g`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&#39;e&#39;\uFFFD\uFFFD\uFFFD\tf\uFFFDg')
  })
})
