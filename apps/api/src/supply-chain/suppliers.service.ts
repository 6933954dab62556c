import { csvLine, DomainError } from '@app/domain';
import { InjectTenantRepository, Supplier, TenantRepository } from '@app/persistence';
import { ActivityLogService, Actor, OutboxService } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import type { AuthContext } from '../auth/auth-context';
import type {
  CreateSupplierDto,
  SupplierPage,
  SupplierQuery,
  SupplierView,
  UpdateSupplierDto,
} from './dto/supplier.dto';

/** Columns of the CSV export, in order (the same names as the API's fields). */
export const EXPORT_COLUMNS = [
  'id',
  'externalId',
  'name',
  'address',
  'country',
  'sector',
  'products',
  'hsCode',
  'workforceTotal',
  'workforceMigrant',
  'workforceFemale',
  'workforceAgency',
  'lei',
  'duns',
  'osId',
  'status',
  'contactEmail',
  'tier',
] as const;

export function supplierView(supplier: Supplier): SupplierView {
  return {
    id: supplier.id,
    externalId: supplier.externalId,
    name: supplier.name,
    address: supplier.address,
    country: supplier.country,
    sector: supplier.sector,
    products: supplier.products,
    hsCode: supplier.hsCode,
    workforceTotal: supplier.workforceTotal,
    workforceMigrant: supplier.workforceMigrant,
    workforceFemale: supplier.workforceFemale,
    workforceAgency: supplier.workforceAgency,
    lei: supplier.lei,
    duns: supplier.duns,
    osId: supplier.osId,
    status: supplier.status,
    contactEmail: supplier.contactEmail,
    tier: supplier.tier,
    updatedAt: supplier.updatedAt.toISOString(),
  };
}

/** Workforce sub-groups are parts of the total; each is checked so the message names the field. */
export function assertWorkforce(
  supplier: Pick<
    Supplier,
    'workforceTotal' | 'workforceMigrant' | 'workforceFemale' | 'workforceAgency'
  >,
): void {
  for (const field of ['workforceMigrant', 'workforceFemale', 'workforceAgency'] as const) {
    if (supplier[field] > supplier.workforceTotal) {
      throw DomainError.invalid(
        field,
        `must not exceed workforceTotal (${supplier.workforceTotal})`,
      );
    }
  }
}

const externalIdTaken = (): DomainError =>
  DomainError.conflict('Another supplier site already has this external id', 'externalId');

function isExternalIdTaken(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { constraint?: string }).constraint === 'suppliers_org_external_id_key'
  );
}

const encodeCursor = (supplier: Supplier): string =>
  Buffer.from(JSON.stringify([supplier.name, supplier.id])).toString('base64url');

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      value.every((part) => typeof part === 'string')
    ) {
      return value as [string, string];
    }
  } catch {
    // fall through
  }
  throw DomainError.invalid('cursor', 'is not a cursor this API returned');
}

/**
 * Supplier sites. A supplier user sees exactly one: the site they are bound to. Everyone else in
 * the organisation with access sees all of the organisation's sites.
 */
@Injectable()
export class SuppliersService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(Supplier) private readonly suppliers: TenantRepository<Supplier>,
    private readonly activity: ActivityLogService,
    private readonly outbox: OutboxService,
  ) {}

  /** Keyset pagination on (name, id): stable order, and page N costs the same as page 1. */
  async list(auth: AuthContext, query: SupplierQuery): Promise<SupplierPage> {
    const q = this.filtered(auth, query);
    if (query.cursor) {
      const [name, id] = decodeCursor(query.cursor);
      q.andWhere('(s.name, s.id) > (:name, :id)', { name, id });
    }
    const rows = await q
      .orderBy('s.name', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .take(query.limit + 1)
      .getMany();
    const page = rows.slice(0, query.limit);
    return {
      items: page.map(supplierView),
      nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1]) : null,
    };
  }

  /** Every site matching the filters, as CSV, read in keyset pages so memory stays flat. */
  async *exportCsv(auth: AuthContext, query: SupplierQuery): AsyncGenerator<string> {
    yield csvLine(EXPORT_COLUMNS);
    let after: [string, string] | null = null;
    for (;;) {
      const q = this.filtered(auth, query);
      if (after) q.andWhere('(s.name, s.id) > (:name, :id)', { name: after[0], id: after[1] });
      const rows = await q.orderBy('s.name', 'ASC').addOrderBy('s.id', 'ASC').take(1000).getMany();
      for (const row of rows) {
        const view = supplierView(row);
        yield csvLine(EXPORT_COLUMNS.map((column) => view[column]));
      }
      if (rows.length < 1000) return;
      after = [rows[rows.length - 1].name, rows[rows.length - 1].id];
    }
  }

  private filtered(auth: AuthContext, query: SupplierQuery) {
    const q = this.suppliers.scopedQuery(auth, 's');
    if (auth.role === 'supplier') q.andWhere('s.id = :own', { own: auth.supplierId });
    // The stored band includes grievance points, which a supplier user must not be able to infer.
    if (auth.role === 'supplier' && query.riskBand)
      throw DomainError.invalid('riskBand', 'is not available to supplier users');
    if (query.status !== 'all') q.andWhere('s.status = :status', { status: query.status });
    if (query.country) q.andWhere('s.country = :country', { country: query.country });
    if (query.sector) q.andWhere('s.sector = :sector', { sector: query.sector });
    if (query.tier === 'unmapped') q.andWhere('s.tier IS NULL');
    else if (query.tier) q.andWhere('s.tier = :tier', { tier: Number(query.tier) });
    if (query.riskBand === 'unscored')
      q.andWhere(
        'NOT EXISTS (SELECT 1 FROM site_risk_scores r WHERE r.supplier_id = s.id AND r.organisation_id = s.organisation_id)',
      );
    else if (query.riskBand)
      q.andWhere(
        'EXISTS (SELECT 1 FROM site_risk_scores r WHERE r.supplier_id = s.id AND r.organisation_id = s.organisation_id AND r.band = :band)',
        { band: query.riskBand },
      );
    if (query.q)
      q.andWhere('s.name ILIKE :text', {
        text: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    return q;
  }

  async get(auth: AuthContext, id: string): Promise<SupplierView> {
    return supplierView(await this.visible(auth, id));
  }

  async create(auth: AuthContext, actor: Actor, dto: CreateSupplierDto): Promise<SupplierView> {
    const values = {
      externalId: dto.externalId ?? null,
      name: dto.name,
      address: dto.address ?? null,
      country: dto.country,
      sector: dto.sector,
      products: dto.products ?? null,
      hsCode: dto.hsCode ?? null,
      workforceTotal: dto.workforceTotal ?? 0,
      workforceMigrant: dto.workforceMigrant ?? 0,
      workforceFemale: dto.workforceFemale ?? 0,
      workforceAgency: dto.workforceAgency ?? 0,
      lei: dto.lei ?? null,
      duns: dto.duns ?? null,
      osId: dto.osId ?? null,
      contactEmail: dto.contactEmail?.toLowerCase() ?? null,
      status: 'active' as const,
      tier: null,
    };
    assertWorkforce(values);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const supplier = await this.suppliers.within(manager).insert(auth, values);
        const view = supplierView(supplier);
        await this.activity.append(manager, auth, actor, {
          action: 'supplier.created',
          entityType: 'supplier',
          entityId: supplier.id,
          after: { ...view },
        });
        await this.outbox.enqueue(manager, auth, 'risk.recalculate', {
          supplierIds: [supplier.id],
        });
        return view;
      });
    } catch (error) {
      if (isExternalIdTaken(error)) throw externalIdTaken();
      throw error;
    }
  }

  async update(
    auth: AuthContext,
    actor: Actor,
    id: string,
    dto: UpdateSupplierDto,
  ): Promise<SupplierView> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const suppliers = this.suppliers.within(manager);
        const supplier = await suppliers.getById(auth, id);
        const before = supplierView(supplier);
        Object.assign(
          supplier,
          dto.contactEmail ? { ...dto, contactEmail: dto.contactEmail.toLowerCase() } : dto,
        );
        assertWorkforce(supplier);
        const view = supplierView(await suppliers.save(auth, supplier));
        await this.activity.append(manager, auth, actor, {
          action:
            dto.status && dto.status !== before.status
              ? `supplier.${dto.status === 'archived' ? 'archived' : 'restored'}`
              : 'supplier.updated',
          entityType: 'supplier',
          entityId: id,
          before: { ...before },
          after: { ...view },
        });
        await this.outbox.enqueue(manager, auth, 'risk.recalculate', { supplierIds: [id] });
        return view;
      });
    } catch (error) {
      if (isExternalIdTaken(error)) throw externalIdTaken();
      throw error;
    }
  }

  /** A site the caller may see, or not found (a supplier user's other sites do not exist for them). */
  async visible(auth: AuthContext, id: string): Promise<Supplier> {
    const supplier = await this.suppliers.getById(auth, id);
    if (auth.role === 'supplier' && supplier.id !== auth.supplierId)
      throw DomainError.notFound(this.suppliers.label);
    return supplier;
  }
}
