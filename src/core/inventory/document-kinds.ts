// The kinds of input document yunwang reads, and the list each one holds.
export const DOCUMENT_KINDS = ['SystemInventory', 'NodeInventory', 'NetworkInventory', 'PlanConfig', 'Measurements'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

export const LIST_OF: Record<DocumentKind, 'systems' | 'nodes' | 'networks' | 'measurements' | undefined> = {
  SystemInventory: 'systems',
  NodeInventory: 'nodes',
  NetworkInventory: 'networks',
  PlanConfig: undefined,
  Measurements: 'measurements',
}

export const API_VERSION = 'yunwang/v1'
