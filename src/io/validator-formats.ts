// The string formats the schemas use: given to ajv when the validators are generated (npm run build) or
// compiled at run time, and imported by the generated module, so the two paths check the same things.
import {fullFormats} from 'ajv-formats/dist/formats.js'
import {isIpv4Cidr, isIpv6Cidr} from '../core/net/parse-cidr.js'

export const formats = {
  date: fullFormats.date,
  uri: fullFormats.uri,
  'ipv4-cidr': isIpv4Cidr,
  'ipv6-cidr': isIpv6Cidr,
}
