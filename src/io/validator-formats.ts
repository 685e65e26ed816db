// The string formats the schemas use: given to ajv when the validators are generated (npm run build) or
// compiled at run time, and imported by the generated module, so the two paths check the same things.
import {createRequire} from 'node:module'
import {isIpv4Cidr, isIpv6Cidr} from '../core/net/parse-cidr.js'

// ajv-formats is CommonJS: required rather than imported, which spares Node's scan of its source for
// export names at every start-up.
// Required on first call, not at import: a run whose files all come from the parse cache checks no
// document and never needs them.
type AjvFormats = typeof import('ajv-formats/dist/formats.js')

export function validatorFormats() {
  const {fullFormats} = createRequire(import.meta.url)('ajv-formats/dist/formats.js') as AjvFormats
  return {
    date: fullFormats.date,
    uri: fullFormats.uri,
    'ipv4-cidr': isIpv4Cidr,
    'ipv6-cidr': isIpv6Cidr,
  }
}
