import { CallBatcher, outcomeOf, type ItemOutcome } from './call-batcher';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('CallBatcher', () => {
  it('runs a lone item on the next turn of the event loop, and gathers the items that arrive meanwhile into one batch', async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const group = new CallBatcher<number, number>(async (_key, items) => {
      batches.push(items);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return items.map((item) => ({ ok: true, value: item * 10 }));
    });
    const first = group.submit('org', 1);
    await tick();
    expect(batches).toEqual([[1]]);
    const later = [2, 3, 4].map((item) => group.submit('org', item));
    await tick();
    expect(batches).toHaveLength(1);
    release();
    await expect(first).resolves.toBe(10);
    await expect(Promise.all(later)).resolves.toEqual([20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('puts the calls made in one turn of the event loop into one batch', async () => {
    const batches: number[][] = [];
    const group = new CallBatcher<number, number>(async (_key, items) => {
      batches.push(items);
      await tick();
      return items.map((item) => ({ ok: true, value: item }));
    });
    await Promise.all([1, 2, 3].map((item) => group.submit('org', item)));
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('keeps keys apart: two organisations never share a batch', async () => {
    const batches: string[][] = [];
    const group = new CallBatcher<string, string>(async (key, items) => {
      batches.push(items.map((item) => `${key}:${item}`));
      await tick();
      return items.map((item) => ({ ok: true, value: item }));
    });
    await Promise.all([group.submit('a', 'x'), group.submit('b', 'y'), group.submit('a', 'z')]);
    expect(batches.every((batch) => new Set(batch.map((entry) => entry[0])).size === 1)).toBe(true);
  });

  it('fails only the item whose outcome is an error', async () => {
    const group = new CallBatcher<number, number>(async (_key, items) =>
      Promise.all(
        items.map((item) =>
          outcomeOf(async () => {
            await tick();
            if (item === 2) throw new Error('two is refused');
            return item;
          }),
        ),
      ),
    );
    const results = await Promise.allSettled([1, 2, 3].map((item) => group.submit('org', item)));
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('retries a failed batch item by item, so one bad item does not fail the rest', async () => {
    const runs: number[][] = [];
    const group = new CallBatcher<number, number>(async (_key, items) => {
      runs.push(items);
      await tick();
      if (items.includes(13)) throw new Error('database refused 13');
      return items.map((item): ItemOutcome<number> => ({ ok: true, value: item }));
    });
    const hold = group.submit('org', 1);
    await tick();
    const batch = [12, 13, 14].map((item) => group.submit('org', item));
    await hold;
    const settled = await Promise.allSettled(batch);
    expect(settled.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(runs).toEqual([[1], [12, 13, 14], [12], [13], [14]]);
  });

  it('never puts more than the maximum into one batch', async () => {
    const sizes: number[] = [];
    const group = new CallBatcher<number, number>(async (_key, items) => {
      sizes.push(items.length);
      await tick();
      return items.map((item) => ({ ok: true, value: item }));
    }, 3);
    await Promise.all(Array.from({ length: 8 }, (_, index) => group.submit('org', index)));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(8);
  });
});
