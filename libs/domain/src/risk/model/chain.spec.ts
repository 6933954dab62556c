import { computeChainRisk } from './chain';

/** Reference implementation: depth-first search from every site (quadratic, fine for tests). */
function naiveUpstreamMax(scores: number[], edges: [number, number][]): number[] {
  return scores.map((_, start) => {
    const seen = new Set<number>();
    const stack = edges.filter(([b]) => b === start).map(([, s]) => s);
    let best = -1;
    while (stack.length) {
      const v = stack.pop()!;
      if (seen.has(v)) continue;
      seen.add(v);
      best = Math.max(best, scores[v]);
      for (const [b, s] of edges) if (b === v) stack.push(s);
    }
    return best;
  });
}

const run = (scores: number[], edges: [number, number][]) =>
  computeChainRisk({
    ownScores: scores,
    buyers: edges.map(([b]) => b),
    suppliers: edges.map(([, s]) => s),
  });

describe('computeChainRisk', () => {
  it('shows a critical tier-3 spinner at the clean tier-1 factory that buys through it', () => {
    // 0 = tier-1 factory (10) ← 1 = tier-2 mill (20) ← 2 = tier-3 spinner (90)
    const result = run(
      [10, 20, 90],
      [
        [0, 1],
        [1, 2],
      ],
    );
    expect([...result.upstreamScore]).toEqual([90, 90, -1]);
    expect([...result.upstreamSite]).toEqual([2, 2, -1]);
  });

  it('handles cycles: sites supplying each other see each other', () => {
    const result = run(
      [10, 50, 30],
      [
        [0, 1],
        [1, 2],
        [2, 1],
      ],
    );
    expect([...result.upstreamScore]).toEqual([50, 50, 50]);
  });

  it('agrees with a plain search on random graphs', () => {
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 50; round++) {
      const size = 1 + random(30);
      const scores = Array.from({ length: size }, () => random(101));
      const edges: [number, number][] = Array.from({ length: random(60) }, () => [
        random(size),
        random(size),
      ]);
      expect([...run(scores, edges).upstreamScore]).toEqual(naiveUpstreamMax(scores, edges));
    }
  });

  it('does not overflow the stack on a 200,000-site chain', () => {
    const size = 200_000;
    const scores = Array.from({ length: size }, (_, i) => (i === size - 1 ? 99 : 1));
    const buyers = Array.from({ length: size - 1 }, (_, i) => i);
    const suppliers = buyers.map((i) => i + 1);
    const result = computeChainRisk({ ownScores: scores, buyers, suppliers });
    expect(result.upstreamScore[0]).toBe(99);
    expect(result.upstreamSite[0]).toBe(size - 1);
  });
});
