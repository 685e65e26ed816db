// The PlanConfig a plan runs with: flags over the file over the defaults of SPEC §3.
import type {PlanConfigDocument} from '../inventory/model.js'
import type {ResolvedPlanConfig} from './model.js'

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
    blackouts: (overrides.blackouts ?? file?.blackouts ?? []).map(b => ({from: b.from, to: b.to, ...(b.reason ? {reason: b.reason} : {})})),
  }
}
