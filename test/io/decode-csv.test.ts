import {describe, expect, it} from 'vitest'
import {decodeCsv} from '../../src/io/decode-csv.js'

// 系统名称,责任单位\n统一身份认证平台,省政务服务管理办公室\n in GB18030.
const GB = Buffer.from('cfb5cdb3c3fbb3c62cd4f0c8ceb5a5cebb0acdb3d2bbc9edb7ddc8cfd6a4c6bdcca82ccaa1d5fecef1b7fecef1b9dcc0edb0ecb9abcad20a', 'hex')

describe('decodeCsv decides the encoding on the whole file', () => {
  it('reads GB18030 throughout as GB18030', () => {
    expect(decodeCsv(GB)).toBe('系统名称,责任单位\n统一身份认证平台,省政务服务管理办公室\n')
  })

  it('places a stray byte in UTF-8 at its line, column, CSV record and field, across a quoted line break', () => {
    const before = Buffer.from('名称,备注\n"甲\n乙",x\n丙,"注', 'utf8')
    const f = decodeCsv(Buffer.concat([before, Buffer.from([0xc3]), Buffer.from('"\n', 'utf8')]))
    expect(f).toEqual({encoding: 'UTF-8', offset: before.length, byte: 'C3', line: 4, lineColumn: 5, row: 3, column: 1})
  })

  it('takes a file with one invalid byte among many Chinese characters as UTF-8 with errors, even if GB18030 could decode it', () => {
    // Every run of Chinese here is an even number of bytes that pair into GB18030 characters, and 0xB5 0x41
    // is one too: decoded as GB18030 the whole file is mojibake without a single error.
    const text = Buffer.from('系统名称,责任单位\n统一身份认证平台,省政务服务管理办公室\n', 'utf8')
    const file = Buffer.concat([text, Buffer.from([0xb5, 0x41, 0x0a])])
    let gbDecodes = true
    try {
      new TextDecoder('gb18030', {fatal: true}).decode(file)
    } catch {
      gbDecodes = false
    }
    expect(gbDecodes).toBe(true)
    expect(decodeCsv(file)).toMatchObject({encoding: 'UTF-8', offset: text.length, line: 3, row: 3, column: 0})
  })

  it('refuses GB18030 with a byte it cannot read, at that byte', () => {
    const file = Buffer.concat([GB.subarray(0, 18), Buffer.from([0xff, 0x41])])
    expect(decodeCsv(file)).toMatchObject({encoding: 'GB18030', offset: 18, byte: 'FF', line: 2, lineColumn: 1, row: 2, column: 0})
  })
})
