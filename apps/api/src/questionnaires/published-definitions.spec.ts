import type { EntityManager } from 'typeorm';
import { PublishedDefinitions } from './published-definitions';

function managerWith(rows: Record<string, { definition: unknown; status: string }>) {
  const query = jest.fn((_sql: string, [, id]: [string, string]) =>
    Promise.resolve(rows[id] ? [rows[id]] : []),
  );
  return { manager: { query } as unknown as EntityManager, query };
}

describe('PublishedDefinitions', () => {
  const scope = { organisationId: 'org-1' };

  it('reads a published version once, since it never changes', async () => {
    const { manager, query } = managerWith({ t1: { definition: { v: 1 }, status: 'published' } });
    const cache = new PublishedDefinitions();
    expect(await cache.get(manager, scope, 't1')).toEqual({ v: 1 });
    expect(await cache.get(manager, scope, 't1')).toEqual({ v: 1 });
    expect(query).toHaveBeenCalledTimes(1);
  });

  it('reads a draft version every time, since it may still be edited', async () => {
    const { manager, query } = managerWith({ t2: { definition: { v: 1 }, status: 'draft' } });
    const cache = new PublishedDefinitions();
    await cache.get(manager, scope, 't2');
    await cache.get(manager, scope, 't2');
    expect(query).toHaveBeenCalledTimes(2);
  });

  it('keeps organisations apart and answers 404 for a template that is not theirs', async () => {
    const cache = new PublishedDefinitions();
    const own = managerWith({ t1: { definition: { v: 1 }, status: 'published' } });
    await cache.get(own.manager, scope, 't1');
    const other = managerWith({});
    await expect(cache.get(other.manager, { organisationId: 'org-2' }, 't1')).rejects.toMatchObject(
      { code: 'not_found' },
    );
  });
});
