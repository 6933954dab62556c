import { DomainError } from '@app/domain';
import type { Repository } from 'typeorm';
import { TenantRepository } from './tenant-repository';

interface Row {
  id: string;
  organisationId: string;
  name: string;
}

/** Records what the repository would ask TypeORM for; the SQL itself is covered by the e2e tests. */
function recorder() {
  const calls: { method: string; args: unknown }[] = [];
  const fake = {
    find: (args: unknown) => (calls.push({ method: 'find', args }), Promise.resolve([])),
    findOne: (args: unknown) => (calls.push({ method: 'findOne', args }), Promise.resolve(null)),
    count: (args: unknown) => (calls.push({ method: 'count', args }), Promise.resolve(0)),
    save: (row: Row) => (calls.push({ method: 'save', args: row }), Promise.resolve(row)),
    create: (row: Row) => row,
  };
  return {
    calls,
    repository: new TenantRepository(fake as unknown as Repository<Row>, 'Supplier'),
  };
}

const scope = { organisationId: 'org-a' };
const ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe('TenantRepository', () => {
  it('adds the organisation to every read, including each branch of an OR', async () => {
    const { calls, repository } = recorder();
    await repository.find(scope, { where: { name: 'x' } });
    await repository.find(scope, { where: [{ name: 'x' }, { name: 'y' }] });
    await repository.find(scope);
    await repository.count(scope, { name: 'x' });
    expect(calls.map((call) => (call.args as { where: unknown }).where)).toEqual([
      { name: 'x', organisationId: 'org-a' },
      [
        { name: 'x', organisationId: 'org-a' },
        { name: 'y', organisationId: 'org-a' },
      ],
      { organisationId: 'org-a' },
      { name: 'x', organisationId: 'org-a' },
    ]);
  });

  it('cannot be talked into another organisation by a where clause', async () => {
    const { calls, repository } = recorder();
    await repository.find(scope, { where: { organisationId: 'org-b' } as never });
    expect((calls[0].args as { where: unknown }).where).toEqual({ organisationId: 'org-a' });
  });

  it('reports a missing, foreign or malformed id as not found, without querying malformed ones', async () => {
    const { calls, repository } = recorder();
    await expect(repository.getById(scope, ID)).rejects.toEqual(DomainError.notFound('Supplier'));
    await expect(repository.getById(scope, "1' OR '1'='1")).rejects.toEqual(
      DomainError.notFound('Supplier'),
    );
    expect(calls).toHaveLength(1);
    expect((calls[0].args as { where: unknown }).where).toEqual({
      id: ID,
      organisationId: 'org-a',
    });
  });

  it('stamps inserts with the scope and refuses to save a row of another organisation', async () => {
    const { calls, repository } = recorder();
    await repository.insert(scope, { name: 'New' });
    expect(calls[0].args).toEqual({ name: 'New', organisationId: 'org-a' });
    await expect(
      repository.save(scope, { id: ID, organisationId: 'org-b', name: 'x' }),
    ).rejects.toBeInstanceOf(DomainError);
  });

  it('reports a referenced id that is not ours as a 404 naming the field, and an archived one as a 409', async () => {
    const { repository } = recorder();
    await expect(repository.getReference(scope, ID, 'supplierId')).rejects.toEqual(
      DomainError.missingReference('supplierId', 'Supplier'),
    );
    const archived = new TenantRepository(
      {
        findOne: () => Promise.resolve({ id: ID, organisationId: 'org-a', status: 'archived' }),
      } as unknown as Repository<Row>,
      'Supplier',
    );
    await expect(archived.getReference(scope, ID, 'supplierId')).resolves.toMatchObject({ id: ID });
    await expect(archived.getActiveReference(scope, ID, 'supplierId')).rejects.toMatchObject({
      code: 'conflict',
    });
  });
});
