// The administrative divisions yunwang knows (GB/T 2260): a province, its prefecture-level cities and
// their county-level divisions, each with its zh/en name and its parent.
import type {Localized} from '../policy/model.js'

export type RegionLevel = 'province' | 'city' | 'county'
/** A county-level division: 市辖区, 县级市 or 县. */
export type CountyKind = 'district' | 'county-level-city' | 'county'

export interface Region {
  code: string
  name: Localized
  level: RegionLevel
  /** The province of a city, the city of a county; none for a province. */
  parent?: string
  kind?: CountyKind
}

/** Every known division by code, in the order of the shipped tables (province, then each city followed by its counties). */
export type RegionTable = ReadonlyMap<string, Region>
