// Inventory text in the HTML report and its inline SVG: escaped as XML (escape/xml-text.ts), and the
// bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) replaced, so a
// name cannot reverse the text around it ("Trojan Source") in a table or a chart label.
import {xmlText} from './xml-text.js'

export function htmlText(v: string | number): string {
  return xmlText(v).replaceAll(/[\u202A-\u202E\u2066-\u2069]/g, '\uFFFD')
}
