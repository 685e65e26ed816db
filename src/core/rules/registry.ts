// Every rule yunwang implements, by id. A policy pack chooses which run and with what severity and
// words; a pack naming an id not listed here is refused when it is loaded, unless the rule is
// declarative (`kind: requires-provider`), which needs no code (see requires-provider.ts).
import {cloud001, cloud002, cloud003, cloud004, cloud005, cloud006} from './cloud-rules.js'
import {ipv6001, ipv6002} from './ipv6-rules.js'
import {net001, net002, net003} from './network-rules.js'
import {sec001, sec002, sec003, sec004, sec005, sec006, sec007, sec008} from './security-rules.js'
import {svc001, svc002} from './service-rules.js'
import type {RuleFunction, SubjectKind} from './types.js'

export interface RuleImplementation {
  subject: SubjectKind
  run: RuleFunction
}

export const RULES: Readonly<Record<string, RuleImplementation>> = {
  'CLOUD-001': {subject: 'system', run: cloud001},
  'CLOUD-002': {subject: 'system', run: cloud002},
  'CLOUD-003': {subject: 'node', run: cloud003},
  'CLOUD-004': {subject: 'system', run: cloud004},
  'CLOUD-005': {subject: 'system', run: cloud005},
  // Mostly systems' exemptions; a private network's consolidation exemption is a `network` subject.
  'CLOUD-006': {subject: 'system', run: cloud006},
  'NET-001': {subject: 'network', run: net001},
  'NET-002': {subject: 'system', run: net002},
  'NET-003': {subject: 'network', run: net003},
  'IPV6-001': {subject: 'network', run: ipv6001},
  'IPV6-002': {subject: 'system', run: ipv6002},
  'SVC-001': {subject: 'department', run: svc001},
  'SVC-002': {subject: 'region', run: svc002},
  'SEC-001': {subject: 'system', run: sec001},
  'SEC-002': {subject: 'system', run: sec002},
  'SEC-003': {subject: 'system', run: sec003},
  'SEC-004': {subject: 'system', run: sec004},
  'SEC-005': {subject: 'system', run: sec005},
  'SEC-006': {subject: 'system', run: sec006},
  'SEC-007': {subject: 'system', run: sec007},
  'SEC-008': {subject: 'system', run: sec008},
}

export const IMPLEMENTED_RULES: readonly string[] = Object.keys(RULES).sort()
