// The PlanConfig a plan runs with: flags over the file over the defaults (docs/plan.md).
import type {PlanConfigDocument} from '../inventory/model.js'
import type {ResolvedPlanConfig} from './model.js'

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

export const DEFAULT_WAVE_DAYS = 28
export const DEFAULT_MAX_SYSTEMS_PER_WAVE = 20

/** `overrides` holds only what flags gave; `--blackout` flags replace the file's blackouts. */
export function resolvePlanConfig(file: PlanConfigDocument | undefined, overrides: Partial<ResolvedPlanConfig>, asOf: string): ResolvedPlanConfig {
  const maxVcpu = overrides.maxVcpuPerWave ?? file?.maxVcpuPerWave
  return {
    start: overrides.start ?? file?.start ?? asOf,
    waveDays: overrides.waveDays ?? file?.waveDays ?? DEFAULT_WAVE_DAYS,
    maxSystemsPerWave: overrides.maxSystemsPerWave ?? file?.maxSystemsPerWave ?? DEFAULT_MAX_SYSTEMS_PER_WAVE,
    ...(maxVcpu === undefined ? {} : {maxVcpuPerWave: maxVcpu}),
    order: overrides.order ?? file?.order ?? 'dependencies-first',
    // Sorted, so that the plan's JSON (which echoes its config) does not depend on the order written.
    blackouts: (overrides.blackouts ?? file?.blackouts ?? [])
      .map(b => ({from: b.from, to: b.to, ...(b.reason ? {reason: b.reason} : {})}))
      .sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to) || compare(a.reason ?? '', b.reason ?? '')),
  }
}
