import { DomainError } from '@app/domain';
import type {
  DeepPartial,
  EntityManager,
  FindManyOptions,
  FindOptionsWhere,
  ObjectLiteral,
  Repository,
  SelectQueryBuilder,
} from 'typeorm';
import type { TenantScope } from './tenant-scope';

interface TenantOwned extends ObjectLiteral {
  id: string;
  organisationId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an id from a request can name a row at all (anything else is a 404, not a query). */
export const isUuid = (id: string): boolean => UUID.test(id);

/**
 * The only way services read and write tenant-owned rows: every call takes a TenantScope and adds
 * `organisation_id = scope` to what it does. There is deliberately no unscoped find. A record of
 * another organisation is reported exactly like a record that does not exist (404, not 403).
 */
export class TenantRepository<T extends TenantOwned> {
  constructor(
    private readonly repository: Repository<T>,
    /** What to call the record in a "not found" message, e.g. "User". */
    readonly label: string,
    /** Ids that cannot exist are answered as not found without asking the database. */
    private readonly idPattern: RegExp = UUID,
  ) {}

  /** The same repository bound to a transaction. */
  within(manager: EntityManager): TenantRepository<T> {
    return new TenantRepository(
      manager.getRepository<T>(this.repository.target),
      this.label,
      this.idPattern,
    );
  }

  find(scope: TenantScope, options: FindManyOptions<T> = {}): Promise<T[]> {
    return this.repository.find({ ...options, where: this.scoped(scope, options.where) });
  }

  count(scope: TenantScope, where?: FindOptionsWhere<T>): Promise<number> {
    return this.repository.count({ where: this.scoped(scope, where) });
  }

  findOne(scope: TenantScope, where: FindOptionsWhere<T>): Promise<T | null> {
    return this.repository.findOne({ where: this.scoped(scope, where) });
  }

  /**
   * The record, or a not-found error that says nothing about other organisations. `lock` takes a
   * row lock for the rest of the transaction (only inside `within(manager)`).
   */
  async getById(scope: TenantScope, id: string, options: { lock?: boolean } = {}): Promise<T> {
    const found = this.idPattern.test(id)
      ? await this.repository.findOne({
          where: this.scoped(scope, { id } as FindOptionsWhere<T>),
          ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        })
      : null;
    if (!found) throw DomainError.notFound(this.label);
    return found;
  }

  /** A record the request names by id in `field`: 404 naming that field when it is not ours. */
  async getReference(scope: TenantScope, id: string, field: string): Promise<T> {
    const found = this.idPattern.test(id)
      ? await this.repository.findOne({ where: this.scoped(scope, { id } as FindOptionsWhere<T>) })
      : null;
    if (!found) throw DomainError.missingReference(field, this.label);
    return found;
  }

  /** As getReference, for a record that must not be archived to be referred to anew (409). */
  async getActiveReference(scope: TenantScope, id: string, field: string): Promise<T> {
    const found = await this.getReference(scope, id, field);
    if ((found as { status?: unknown }).status === 'archived')
      throw DomainError.conflict(
        `The ${this.label.toLowerCase()} is archived; restore it first`,
        field,
      );
    return found;
  }

  async insert(scope: TenantScope, values: Omit<DeepPartial<T>, 'organisationId'>): Promise<T> {
    const entity = this.repository.create({
      ...values,
      organisationId: scope.organisationId,
    } as DeepPartial<T>);
    return this.repository.save(entity);
  }

  /** Saves changes to a record previously loaded through this repository (same organisation). */
  async save(scope: TenantScope, entity: T): Promise<T> {
    if (entity.organisationId !== scope.organisationId) throw DomainError.notFound(this.label);
    return this.repository.save(entity);
  }

  /**
   * A query builder already restricted to the scope, for queries find() cannot express (keyset
   * pagination, aggregates). Add conditions with andWhere(): where() would replace the restriction.
   */
  scopedQuery(scope: TenantScope, alias: string): SelectQueryBuilder<T> {
    return this.repository
      .createQueryBuilder(alias)
      .where(`${alias}.organisationId = :tenantOrganisationId`, {
        tenantOrganisationId: scope.organisationId,
      });
  }

  private scoped(
    scope: TenantScope,
    where: FindManyOptions<T>['where'],
  ): FindOptionsWhere<T> | FindOptionsWhere<T>[] {
    const tenant = { organisationId: scope.organisationId } as FindOptionsWhere<T>;
    if (Array.isArray(where)) return where.map((clause) => ({ ...clause, ...tenant }));
    return { ...(where ?? {}), ...tenant };
  }
}
