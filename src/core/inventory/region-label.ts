// The name a person reads for a region code.
import type {Lang} from '../../i18n/catalog.js'
import type {Localized} from '../policy/model.js'

/** The table's name; a code below a listed city (a county or district) as "city code"; else the code itself. */
export function regionLabeller(names: ReadonlyMap<string, Localized>, lang: Lang): (code: string) => string {
  return code => {
    const exact = names.get(code)
    if (exact) return exact[lang]
    const city = names.get(`${code.slice(0, 4)}00`)
    return city ? `${city[lang]} ${code}` : code
  }
}
