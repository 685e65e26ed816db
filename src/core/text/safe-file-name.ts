// A file name from a department's name that every common file system accepts (Windows, macOS, Linux):
// Chinese kept, characters Windows forbids and control characters replaced, no trailing dot or space,
// no reserved device name, at most 80 characters; a name that had to change gets a short hash of the
// original, so that two departments never share a file and the same name always gives the same file.
import {createHash} from 'node:crypto'

const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/gu
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i
const MAX = 80

export function safeFileName(name: string): string {
  const nfc = name.normalize('NFC')
  let s = nfc.replace(FORBIDDEN, '_').replace(/\s+/gu, ' ').trim().replace(/[. ]+$/u, '')
  const chars = [...s]
  if (chars.length > MAX) s = chars.slice(0, MAX).join('')
  if (s === '' || RESERVED.test(s)) s = `_${s}`
  return s === nfc ? s : `${s}-${createHash('sha256').update(nfc, 'utf8').digest('hex').slice(0, 8)}`
}
