import { Inject, Provider } from '@nestjs/common';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { TenantRepository } from './tenant-repository';

type Named = EntityTarget<ObjectLiteral> & { name: string };

const token = (entity: Named): string => `TenantRepository<${entity.name}>`;

/** Injects the tenant-scoped repository of an entity. */
export const InjectTenantRepository = (entity: Named): ParameterDecorator => Inject(token(entity));

export function tenantRepositoryProvider(
  entity: Named,
  label: string,
  idPattern?: RegExp,
): Provider {
  return {
    provide: token(entity),
    inject: [DataSource],
    useFactory: (dataSource: DataSource) =>
      new TenantRepository(dataSource.getRepository(entity) as never, label, idPattern),
  };
}
