// Which PlanConfig a plan runs with: the file of --config, else yunwang.yaml's `plan`, else
// one found among the inventory paths. Shared by `plan` and `report` so both plan the same waves.
import {YunwangError} from '../core/errors.js'
import type {Inventory, PlanConfigDocument} from '../core/inventory/model.js'
import {type Lang, t} from '../i18n/index.js'
import {loadInventory} from './load-inventory.js'

/** `file` is --config or yunwang.yaml's `plan`; undefined when neither is given. */
export function findPlanConfig(file: string | undefined, inv: Inventory, cwd: string, lang: Lang): PlanConfigDocument | undefined {
  if (file === undefined) return inv.planConfig?.config
  const loaded = loadInventory([file], {cwd})
  if (!loaded.ok) throw new YunwangError('INVALID_INPUT', {}, loaded.problems)
  if (!loaded.inventory.planConfig) throw new YunwangError('BAD_FLAG', {reason: t(lang, 'badFlag.noPlanConfig', {file})})
  return loaded.inventory.planConfig.config
}
