import { DomainError } from '../domain-error';

/**
 * Supply-chain tiers and neighbourhoods. Edges point buyer → supplier; "upstream" means towards
 * suppliers. Graphs can hold 100k+ nodes, so ids are interned to integers and adjacency is kept
 * in CSR form (offsets + targets in Int32Arrays): one allocation per array, cache-friendly BFS.
 */

export type SupplyEdge = readonly [buyer: string, supplier: string];

export interface TierInput {
  /** The reporting company's own node ids (tier 0). */
  readonly roots: readonly string[];
  readonly edges: ReadonlyArray<SupplyEdge>;
}

export type Direction = 'upstream' | 'downstream';

interface CompactGraph {
  readonly index: Map<string, number>;
  readonly ids: string[];
  /** Neighbours of node i are targets[offsets[i] .. offsets[i+1]). */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

function intern(index: Map<string, number>, ids: string[], id: string): number {
  let i = index.get(id);
  if (i === undefined) {
    i = ids.length;
    index.set(id, i);
    ids.push(id);
  }
  return i;
}

/** Counting-sort build: two passes over the edges, no per-node arrays. Self-loops are dropped. */
function buildGraph(
  edges: ReadonlyArray<SupplyEdge>,
  direction: Direction,
  extraNodes: readonly string[] = [],
): CompactGraph {
  const index = new Map<string, number>();
  const ids: string[] = [];
  for (const id of extraNodes) intern(index, ids, id);
  const from = new Int32Array(edges.length);
  const to = new Int32Array(edges.length);
  let m = 0;
  for (let e = 0; e < edges.length; e++) {
    const buyer = edges[e][0];
    const supplier = edges[e][1];
    if (buyer === supplier) continue;
    const b = intern(index, ids, buyer);
    const s = intern(index, ids, supplier);
    from[m] = direction === 'upstream' ? b : s;
    to[m] = direction === 'upstream' ? s : b;
    m++;
  }
  const n = ids.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) offsets[from[e] + 1]++;
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(m);
  for (let e = 0; e < m; e++) targets[cursor[from[e]]++] = to[e];
  return { index, ids, offsets, targets };
}

/**
 * Multi-source BFS. Returns distance per node index (-1 = unreached). Stops expanding at
 * maxDepth, so a neighbourhood query on a huge graph touches only what it returns.
 */
function bfs(graph: CompactGraph, sources: readonly number[], maxDepth: number): Int32Array {
  const dist = new Int32Array(graph.ids.length).fill(-1);
  const queue = new Int32Array(graph.ids.length);
  let head = 0;
  let tail = 0;
  for (const s of sources) {
    if (dist[s] === -1) {
      dist[s] = 0;
      queue[tail++] = s;
    }
  }
  while (head < tail) {
    const u = queue[head++];
    const d = dist[u];
    if (d >= maxDepth) continue;
    for (let k = graph.offsets[u]; k < graph.offsets[u + 1]; k++) {
      const v = graph.targets[k];
      if (dist[v] === -1) {
        dist[v] = d + 1;
        queue[tail++] = v;
      }
    }
  }
  return dist;
}

/**
 * Tier of every supplier reachable from the roots: the shortest buyer → supplier path length from
 * any root, so a site that is both a direct and an indirect supplier is tier 1. Cycles and
 * diamonds are legal. Roots are not in the result; neither are unreachable nodes (the caller's
 * "unmapped", which must never score as low risk).
 */
export function computeTiers(input: TierInput): Map<string, number> {
  const graph = buildGraph(input.edges, 'upstream', input.roots);
  const roots = input.roots.map((r) => graph.index.get(r) as number);
  const dist = bfs(graph, roots, Number.MAX_SAFE_INTEGER);
  const tiers = new Map<string, number>();
  for (let i = 0; i < dist.length; i++) if (dist[i] > 0) tiers.set(graph.ids[i], dist[i]);
  return tiers;
}

export interface Neighbourhood {
  /** Node id → distance from the start node (the start itself is 0). */
  readonly nodes: Map<string, number>;
  /** Edges (buyer, supplier) leaving a node closer than `depth`, in the direction walked. */
  readonly edges: SupplyEdge[];
}

/**
 * Nodes and edges within `depth` hops of `start` (for the graph endpoint). Upstream walks
 * buyer → supplier; downstream walks back towards buyers. Edges are returned in their original
 * buyer → supplier orientation, each once. A start node absent from the edges yields just itself.
 */
export function subgraph(
  edges: ReadonlyArray<SupplyEdge>,
  start: string,
  depth: number,
  direction: Direction,
): Neighbourhood {
  if (!Number.isInteger(depth) || depth < 0) {
    throw DomainError.invalid('depth', 'must be a non-negative integer');
  }
  const graph = buildGraph(edges, direction, [start]);
  const dist = bfs(graph, [graph.index.get(start) as number], depth);
  const nodes = new Map<string, number>();
  const out: SupplyEdge[] = [];
  const seen = new Set<string>(); // duplicate input edges are drawn once
  for (let u = 0; u < dist.length; u++) {
    if (dist[u] === -1) continue;
    nodes.set(graph.ids[u], dist[u]);
    if (dist[u] >= depth) continue;
    for (let k = graph.offsets[u]; k < graph.offsets[u + 1]; k++) {
      const v = graph.ids[graph.targets[k]];
      const key = `${u}>${graph.targets[k]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(direction === 'upstream' ? [graph.ids[u], v] : [v, graph.ids[u]]);
    }
  }
  return { nodes, edges: out };
}
