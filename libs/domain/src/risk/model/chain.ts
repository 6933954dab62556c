/**
 * Chain risk over the supply graph: for every site, the highest own score among all the sites it
 * buys from, directly or further up (tier n+1, n+2...). Graphs may have cycles (two sites supplying
 * each other), so sites are grouped into strongly connected components (Tarjan, iterative so deep
 * chains cannot overflow the stack) and the maximum flows up the condensed graph in one pass.
 * O(sites + links); indices in, typed arrays out, so 100,000 sites fit in a few megabytes.
 */
export interface ChainGraph {
  /** Own score of each site, by index. */
  ownScores: ArrayLike<number>;
  /** Links as parallel arrays: buyers[i] buys from suppliers[i] (site indices). */
  buyers: ArrayLike<number>;
  suppliers: ArrayLike<number>;
}

export interface ChainResult {
  /** Highest own score upstream of each site; -1 when it has no upstream supplier. */
  upstreamScore: Int16Array;
  /** Index of the site holding that score (the lowest index among equals); -1 when none. */
  upstreamSite: Int32Array;
}

export function computeChainRisk(graph: ChainGraph): ChainResult {
  const count = graph.ownScores.length;
  const edgeCount = graph.buyers.length;
  // Adjacency in compressed form: the suppliers of site v are targets[offsets[v]..offsets[v+1]).
  const offsets = new Int32Array(count + 1);
  for (let e = 0; e < edgeCount; e++) offsets[graph.buyers[e] + 1]++;
  for (let v = 0; v < count; v++) offsets[v + 1] += offsets[v];
  const targets = new Int32Array(edgeCount);
  const fill = offsets.slice(0, count);
  for (let e = 0; e < edgeCount; e++) targets[fill[graph.buyers[e]]++] = graph.suppliers[e];

  const component = new Int32Array(count).fill(-1);
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack = new Int32Array(count);
  let stackTop = 0;
  const callVertex = new Int32Array(count);
  const callEdge = new Int32Array(count);
  let nextIndex = 0;
  let componentCount = 0;

  // Per component: best score reachable strictly upstream, and which site holds it.
  const componentBest = new Int16Array(count).fill(-1);
  const componentBestSite = new Int32Array(count).fill(-1);
  const better = (score: number, site: number, best: number, bestSite: number): boolean =>
    score > best || (score === best && site < bestSite);

  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callVertex[0] = root;
    callEdge[0] = offsets[root];
    index[root] = low[root] = nextIndex++;
    stack[stackTop++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callVertex[depth];
      if (callEdge[depth] < offsets[v + 1]) {
        const w = targets[callEdge[depth]++];
        if (index[w] === -1) {
          depth++;
          callVertex[depth] = w;
          callEdge[depth] = offsets[w];
          index[w] = low[w] = nextIndex++;
          stack[stackTop++] = w;
          onStack[w] = 1;
        } else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
        continue;
      }
      if (low[v] === index[v]) {
        // v roots a component; every component upstream of it is already finished.
        const id = componentCount++;
        const members: number[] = [];
        let w: number;
        do {
          w = stack[--stackTop];
          onStack[w] = 0;
          component[w] = id;
          members.push(w);
        } while (w !== v);
        let best = -1;
        let bestSite = -1;
        const cyclic = members.length > 1;
        for (const member of members) {
          if (cyclic || hasSelfLoop(member, offsets, targets)) {
            const own = graph.ownScores[member];
            if (better(own, member, best, bestSite)) [best, bestSite] = [own, member];
          }
          for (let e = offsets[member]; e < offsets[member + 1]; e++) {
            const c = component[targets[e]];
            if (c === id) continue;
            const s = targets[e];
            const own = graph.ownScores[s];
            if (better(own, s, best, bestSite)) [best, bestSite] = [own, s];
            if (
              componentBest[c] >= 0 &&
              better(componentBest[c], componentBestSite[c], best, bestSite)
            )
              [best, bestSite] = [componentBest[c], componentBestSite[c]];
          }
        }
        componentBest[id] = best;
        componentBestSite[id] = bestSite;
      }
      depth--;
      if (depth >= 0) {
        const parent = callVertex[depth];
        low[parent] = Math.min(low[parent], low[v]);
      }
    }
  }

  const upstreamScore = new Int16Array(count);
  const upstreamSite = new Int32Array(count);
  for (let v = 0; v < count; v++) {
    upstreamScore[v] = componentBest[component[v]];
    upstreamSite[v] = componentBestSite[component[v]];
  }
  return { upstreamScore, upstreamSite };
}

function hasSelfLoop(v: number, offsets: Int32Array, targets: Int32Array): boolean {
  for (let e = offsets[v]; e < offsets[v + 1]; e++) if (targets[e] === v) return true;
  return false;
}
