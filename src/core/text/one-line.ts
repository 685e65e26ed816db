// A name (a file the user chose, a sheet) made safe to stand inside one line of a comment.

/** Line breaks and other control characters become \\uXXXX, so the name can never end the line it is on. */
export function oneLine(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
