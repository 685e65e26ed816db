// Strongly connected components (Tarjan), iterative so that a 100,000-long dependency chain cannot
// overflow the stack, as graphology's recursive version does from about 8,000.

export interface Adjacency {
  /** Number of vertices. */
  size: number
  start: Int32Array
  targets: Int32Array
}

/**
 * Returns a component number per vertex and the components as vertex lists (each sorted ascending,
 * listed by their smallest vertex), so the result depends only on the graph, never on visit order.
 */
export function stronglyConnectedComponents(g: Adjacency, include: (v: number) => boolean = () => true): {component: Int32Array; components: number[][]} {
  const n = g.size
  const index = new Int32Array(n).fill(-1)
  const low = new Int32Array(n)
  const onStack = new Uint8Array(n)
  const component = new Int32Array(n).fill(-1)
  const stack: number[] = []
  // Each component under its smallest vertex, so listing them in that order needs no sort.
  const bySmallest: Array<number[] | undefined> = new Array(n)
  const callV: number[] = []
  const callE: number[] = []
  let counter = 0
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1 || !include(root)) continue
    callV.push(root)
    callE.push(g.start[root])
    index[root] = low[root] = counter++
    stack.push(root)
    onStack[root] = 1
    while (callV.length > 0) {
      const v = callV[callV.length - 1]
      const e = callE[callE.length - 1]
      if (e < g.start[v + 1]) {
        callE[callE.length - 1] = e + 1
        const w = g.targets[e]
        if (!include(w)) continue
        if (index[w] === -1) {
          index[w] = low[w] = counter++
          stack.push(w)
          onStack[w] = 1
          callV.push(w)
          callE.push(g.start[w])
        } else if (onStack[w] && index[w] < low[v]) {
          low[v] = index[w]
        }
        continue
      }
      callV.pop()
      callE.pop()
      if (callV.length > 0) {
        const parent = callV[callV.length - 1]
        if (low[v] < low[parent]) low[parent] = low[v]
      }
      if (low[v] === index[v]) {
        const members: number[] = []
        let w: number
        do {
          w = stack.pop()!
          onStack[w] = 0
          members.push(w)
        } while (w !== v)
        if (members.length > 1) members.sort((a, b) => a - b)
        bySmallest[members[0]] = members
      }
    }
  }
  const components: number[][] = []
  for (const members of bySmallest) {
    if (members === undefined) continue
    for (const v of members) component[v] = components.length
    components.push(members)
  }
  return {component, components}
}
