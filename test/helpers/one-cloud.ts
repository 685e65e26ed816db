// The one-cloud definition the shipped Jiangsu pack gives, for pure tests that do not load a pack.
import type {OneCloudDefinition} from '../../src/core/inventory/scope.js'

export const ONE_CLOUD: OneCloudDefinition = {
  nodeTypes: ['provincial-cloud'],
  managedNodeTypes: ['city-cloud'],
  closeNodeTypes: ['self-built', 'department-cloud', 'external'],
  departmentCloudTypes: ['department-cloud', 'external'],
}
