// A file name at the start of a `file:line:col: message` line: one with a control character (a
// newline would split the line and forge another in a CI log; a bidi override would reorder it) is
// written as a JSON string instead.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/

export function logPath(file: string): string {
  if (!CONTROL.test(file)) return file
  // JSON.stringify escapes C0 controls, quotes and backslashes; DEL, C1, the line separators and bidi controls too.
  return JSON.stringify(file).replaceAll(/[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, c => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`)
}
