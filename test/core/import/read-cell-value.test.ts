import {describe, expect, it} from 'vitest'
import {headerKey} from '../../../src/core/import/import-fields.js'
import {readBool, readDate, readMlps, readNumber, splitDependency, splitList} from '../../../src/core/import/read-cell-value.js'
import {cellRef, columnLetter} from '../../../src/core/import/sheet-table.js'

const value = <T>(r: {ok: boolean; value?: T; code?: string}) => (r.ok ? r.value : r.code)

describe('reading survey cells', () => {
  it('reads MLPS levels as people write them', () => {
    expect(['三级', '3级', '第三级', '等保三级', '第3级', 3, '3', ' 二 级 '].map(v => value(readMlps(v)))).toEqual([3, 3, 3, 3, 3, 3, 3, 2])
    expect(value(readMlps('六级'))).toBe('OUT_OF_RANGE')
    expect(value(readMlps('高'))).toBe('BAD_MLPS')
  })

  it('reads yes/no in Chinese and English', () => {
    expect(['是', '否', 'Y', 'n', 'TRUE', 0, true, '有', '无'].map(v => value(readBool(v)))).toEqual([true, false, true, false, true, false, true, true, false])
    expect(value(readBool('可能'))).toBe('BAD_BOOLEAN')
  })

  it('reads dates, numbers and lists', () => {
    expect(['2025-12-31', '2025/6/3', '2025年6月3日', '2025.06.03'].map(v => value(readDate(v)))).toEqual(['2025-12-31', '2025-06-03', '2025-06-03', '2025-06-03'])
    expect(value(readDate('2025-02-30'))).toBe('BAD_DATE')
    expect(value(readNumber('1,200'))).toBe(1200)
    expect(value(readNumber(2048, 1 / 1024))).toBe(2)
    expect(value(readNumber(-1))).toBe('OUT_OF_RANGE')
    expect(splitList('a、b,c，d;e；f\ng')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'])
    expect(splitDependency('统一身份认证平台（认证）')).toEqual({ref: '统一身份认证平台', kind: 'auth'})
    expect(splitDependency('人社专网（金保工程）')).toEqual({ref: '人社专网（金保工程）'})
  })

  it('compares headers without brackets, spaces, case or required marks', () => {
    expect(headerKey(' *内存（GB） ')).toBe(headerKey('内存(gb)'))
    expect(headerKey('vCPU')).toBe('vcpu')
  })

  it('names cells as Excel does', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA'])
    expect(cellRef('Sheet1', 2, 12)).toBe('Sheet1!C12')
    expect(cellRef('系统清单', 0, 3)).toBe('系统清单!A3')
    expect(cellRef('my sheet', 0, 3)).toBe("'my sheet'!A3")
  })
})
