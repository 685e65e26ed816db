// Chart labels must fit their column without a layout engine: widths are estimated from the characters
// (a CJK ideograph is one em wide, Latin letters and digits about half an em). Curly quotes and the
// ellipsis are full width in the CJK fonts the report asks for (“一网统管” overflowed the label column).

const WIDE = /[\u2018-\u201f\u2026\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u

export function textWidth(s: string, fontSize: number): number {
  let em = 0
  for (const c of s) em += WIDE.test(c) ? 1 : 0.58
  return em * fontSize
}

/** The label cut to `width` with an ellipsis; `cut` tells the caller to keep the full text in a tooltip. */
export function fitText(s: string, width: number, fontSize: number): {text: string; cut: boolean} {
  if (textWidth(s, fontSize) <= width) return {text: s, cut: false}
  const chars = [...s]
  let text = ''
  for (const c of chars) {
    if (textWidth(`${text}${c}…`, fontSize) > width) break
    text += c
  }
  return {text: `${text}…`, cut: true}
}
