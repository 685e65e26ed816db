// The name a person reads for a region code.
import type {Lang} from '../../i18n/catalog.js'
import type {Localized} from '../policy/model.js'
import {cityOf} from '../region/city-of.js'
import {isProvinceCode} from './city-group.js'

/**
 * The table's name; a county-level division with its city, the way documents write it (连云港市东海县,
 * "Donghai County, Lianyungang"), since a county's own name is not unique (鼓楼区 is in 南京市 and 徐州市);
 * a code below a listed city that the table does not list as "city code"; else the code itself.
 */
export function regionLabeller(names: ReadonlyMap<string, Localized>, lang: Lang): (code: string) => string {
  return code => {
    const exact = names.get(code)
    const city = code === cityOf(code) ? undefined : names.get(cityOf(code))
    if (exact && city) return lang === 'zh' ? `${city.zh}${exact.zh}` : `${exact.en}, ${city.en}`
    if (exact) return exact[lang]
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
