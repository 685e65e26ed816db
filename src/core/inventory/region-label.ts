// The name a person reads for a region code.
import type {Lang} from '../../i18n/catalog.js'
import type {Localized} from '../policy/model.js'
import {isProvinceCode} from './city-group.js'

/** The table's name; a code below a listed city (a county or district) as "city code"; else the code itself. */
export function regionLabeller(names: ReadonlyMap<string, Localized>, lang: Lang): (code: string) => string {
  return code => {
    const exact = names.get(code)
    if (exact) return exact[lang]
    const city = names.get(`${code.slice(0, 4)}00`)
    return city ? `${city[lang]} ${code}` : code
  }
}

/**
 * The name of a `--by city` group: the city's name; the province's own group as `provinceGroup(name)`
 * (江苏省（省本级）), so that it never reads as the whole province.
 */
export function cityGroupLabeller(names: ReadonlyMap<string, Localized>, lang: Lang, provinceGroup: (name: string) => string): (code: string) => string {
  const region = regionLabeller(names, lang)
  return code => (isProvinceCode(code) ? provinceGroup(region(code)) : region(code))
}
