// Loads a fixture inventory from disk through the real loader; throws if it does not load.
import type {Inventory} from '../../src/core/inventory/model.js'
import {loadInventory} from '../../src/io/load-inventory.js'
import {ROOT} from './run-cli.js'

export function loadFixture(path: string): Inventory {
  const loaded = loadInventory([path], {cwd: ROOT})
  if (!loaded.ok) throw new Error(`fixture ${path} does not load: ${loaded.problems.map(p => p.code).join(', ')}`)
  return loaded.inventory
}
