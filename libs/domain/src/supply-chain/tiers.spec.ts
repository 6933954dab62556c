import fc from 'fast-check';
import { computeTiers, subgraph, type SupplyEdge } from './tiers';

const asObject = (m: Map<string, number>) => Object.fromEntries([...m].sort());

describe('computeTiers', () => {
  it('gives direct suppliers tier 1 and their suppliers tier 2', () => {
    const tiers = computeTiers({
      roots: ['brand'],
      edges: [
        ['brand', 'garment'],
        ['garment', 'mill'],
      ],
    });
    expect(asObject(tiers)).toEqual({ garment: 1, mill: 2 });
  });

  it('terminates on cycles and keeps the shortest tier', () => {
    const tiers = computeTiers({
      roots: ['brand'],
      edges: [
        ['brand', 'a'],
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['c', 'brand'], // an edge back into the root does not give the root a tier
      ],
    });
    expect(asObject(tiers)).toEqual({ a: 1, b: 2, c: 3 });
  });

  it('uses the shortest path through a diamond', () => {
    const tiers = computeTiers({
      roots: ['brand'],
      edges: [
        ['brand', 'a'],
        ['brand', 'b'],
        ['a', 'c'],
        ['b', 'x'],
        ['x', 'c'],
        ['c', 'd'],
        ['brand', 'd'],
      ],
    });
    expect(asObject(tiers)).toEqual({ a: 1, b: 1, c: 2, d: 1, x: 2 });
  });

  it('leaves unreachable nodes out (they are "unmapped")', () => {
    const tiers = computeTiers({
      roots: ['brand'],
      edges: [
        ['brand', 'a'],
        ['orphan-buyer', 'orphan'],
        ['orphan', 'a'],
      ],
    });
    expect(asObject(tiers)).toEqual({ a: 1 });
  });

  it('measures from the nearest of several roots', () => {
    const tiers = computeTiers({
      roots: ['brand-eu', 'brand-us'],
      edges: [
        ['brand-eu', 'a'],
        ['a', 'b'],
        ['b', 'c'],
        ['brand-us', 'c'],
        ['brand-eu', 'brand-us'],
      ],
    });
    expect(asObject(tiers)).toEqual({ a: 1, b: 2, c: 1 });
  });

  it('ignores self-loops', () => {
    expect(
      asObject(
        computeTiers({
          roots: ['r'],
          edges: [
            ['r', 'r'],
            ['a', 'a'],
            ['r', 'a'],
          ],
        }),
      ),
    ).toEqual({ a: 1 });
  });

  it('handles roots with no edges and an empty graph', () => {
    expect(computeTiers({ roots: ['r'], edges: [] }).size).toBe(0);
    expect(computeTiers({ roots: [], edges: [['a', 'b']] }).size).toBe(0);
  });

  it('handles a 10,000-node chain and a wide graph without recursion limits', () => {
    const n = 10_000;
    const edges: SupplyEdge[] = [];
    for (let i = 0; i < n; i++) edges.push([`n${i}`, `n${i + 1}`]);
    const tiers = computeTiers({ roots: ['n0'], edges });
    expect(tiers.size).toBe(n);
    expect(tiers.get(`n${n}`)).toBe(n);
    expect(tiers.get('n5000')).toBe(5000);
  });
});

describe('computeTiers properties', () => {
  const node = fc.integer({ min: 0, max: 11 }).map((i) => `n${i}`);
  const edge = fc.tuple(node, node) as fc.Arbitrary<SupplyEdge>;
  const graph = fc.record({
    roots: fc.uniqueArray(node, { minLength: 1, maxLength: 3 }),
    edges: fc.array(edge, { maxLength: 40 }),
  });

  it('adding an edge never increases a tier nor unmaps a node', () => {
    fc.assert(
      fc.property(graph, edge, ({ roots, edges }, extra) => {
        const before = computeTiers({ roots, edges });
        const after = computeTiers({ roots, edges: [...edges, extra] });
        for (const [id, tier] of before) {
          const now = after.get(id);
          expect(now).toBeDefined();
          expect(now!).toBeLessThanOrEqual(tier);
        }
      }),
    );
  });

  it('every node at tier t has a buyer at tier t-1 (roots count as tier 0)', () => {
    fc.assert(
      fc.property(graph, ({ roots, edges }) => {
        const tiers = computeTiers({ roots, edges });
        const tierOf = (id: string) => (roots.includes(id) ? 0 : tiers.get(id));
        for (const [id, t] of tiers) {
          expect(roots).not.toContain(id);
          expect(edges.some(([b, s]) => s === id && b !== s && tierOf(b) === t - 1)).toBe(true);
        }
      }),
    );
  });

  it('does not depend on edge order', () => {
    fc.assert(
      fc.property(
        graph.chain(({ roots, edges }) =>
          fc.tuple(
            fc.constant({ roots, edges }),
            fc.shuffledSubarray(edges, { minLength: edges.length, maxLength: edges.length }),
          ),
        ),
        ([{ roots, edges }, shuffled]) => {
          expect(asObject(computeTiers({ roots, edges: shuffled }))).toEqual(
            asObject(computeTiers({ roots, edges })),
          );
        },
      ),
    );
  });
});

describe('subgraph', () => {
  const edges: SupplyEdge[] = [
    ['brand', 'garment'],
    ['garment', 'mill'],
    ['mill', 'spinner'],
    ['spinner', 'farm'],
    ['garment', 'trims'],
    ['other-brand', 'garment'],
    ['garment', 'mill'], // duplicate
  ];

  it('walks upstream towards suppliers up to the depth', () => {
    const { nodes, edges: out } = subgraph(edges, 'garment', 2, 'upstream');
    expect(asObject(nodes)).toEqual({ garment: 0, mill: 1, spinner: 2, trims: 1 });
    expect(out).toHaveLength(3);
    expect(out).toEqual(
      expect.arrayContaining([
        ['garment', 'mill'],
        ['garment', 'trims'],
        ['mill', 'spinner'],
      ]),
    );
  });

  it('walks downstream towards buyers, keeping buyer → supplier orientation', () => {
    const { nodes, edges: out } = subgraph(edges, 'mill', 5, 'downstream');
    expect(asObject(nodes)).toEqual({ brand: 2, garment: 1, mill: 0, 'other-brand': 2 });
    expect(out).toEqual(
      expect.arrayContaining([
        ['garment', 'mill'],
        ['brand', 'garment'],
        ['other-brand', 'garment'],
      ]),
    );
    expect(out).toHaveLength(3);
  });

  it('returns only the start at depth 0 or for an unknown node', () => {
    expect(asObject(subgraph(edges, 'garment', 0, 'upstream').nodes)).toEqual({ garment: 0 });
    expect(subgraph(edges, 'garment', 0, 'upstream').edges).toEqual([]);
    expect(asObject(subgraph(edges, 'ghost', 3, 'upstream').nodes)).toEqual({ ghost: 0 });
  });

  it('refuses a negative or fractional depth', () => {
    expect(() => subgraph(edges, 'garment', -1, 'upstream')).toThrow(/depth/);
    expect(() => subgraph(edges, 'garment', 1.5, 'upstream')).toThrow(/depth/);
  });

  it('agrees with computeTiers within its depth', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 9 }).map((i) => `n${i}`),
            fc.integer({ min: 0, max: 9 }).map((i) => `n${i}`),
          ),
          { maxLength: 30 },
        ),
        fc.integer({ min: 0, max: 4 }),
        (es, depth) => {
          const tiers = computeTiers({ roots: ['n0'], edges: es });
          const { nodes } = subgraph(es, 'n0', depth, 'upstream');
          const expected = new Map([['n0', 0]]);
          for (const [id, t] of tiers) if (t <= depth) expected.set(id, t);
          expect(asObject(nodes)).toEqual(asObject(expected));
        },
      ),
    );
  });
});
