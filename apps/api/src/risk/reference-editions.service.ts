import {
  BUILT_IN_EDITIONS,
  DOL_GOODS_REFERENCE,
  DomainError,
  REFERENCE_TABLE_NAMES,
  RISK_MODEL_VERSION,
  SECTOR_WEIGHTS_REFERENCE,
  SLAVERY_INDEX_REFERENCE,
  TIP_TIERS_REFERENCE,
  isReferenceTableName,
  parseReferenceCsv,
  type ReferenceTableName,
} from '@app/domain';
import {
  InjectTenantRepository,
  RiskReferenceEdition,
  TenantRepository,
  type TenantScope,
} from '@app/persistence';
import { ActivityLogService, type Actor } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as timeOrderedUuid } from 'uuid';
import type { ReferenceEditionQuery } from './risk.dto';
import { RecalculationsService } from './recalculations.service';

/** What each table is, and what ships with the product (nothing, for the Slavery Index). */
const TABLES: { readonly [T in ReferenceTableName]: { title: string; builtIn: object | null } } = {
  'tip-tiers': { title: TIP_TIERS_REFERENCE.title, builtIn: TIP_TIERS_REFERENCE },
  'dol-goods': { title: DOL_GOODS_REFERENCE.title, builtIn: DOL_GOODS_REFERENCE },
  'dol-downstream': {
    title: `${DOL_GOODS_REFERENCE.title}: downstream goods`,
    builtIn: DOL_GOODS_REFERENCE,
  },
  'sector-weights': { title: SECTOR_WEIGHTS_REFERENCE.title, builtIn: SECTOR_WEIGHTS_REFERENCE },
  'slavery-index': { title: SLAVERY_INDEX_REFERENCE.title, builtIn: null },
};

const editionView = (edition: RiskReferenceEdition) => ({
  editionId: edition.id,
  edition: edition.edition,
  source: edition.source,
  licence: edition.licence,
  rows: edition.rowCount,
  loadedAt: edition.loadedAt.toISOString(),
  loadedBy: edition.loadedBy,
});

/**
 * Reference-data editions. Loading one stores it (immutable, with its source and licence) and
 * requests a full recalculation in the same transaction; earlier scores keep the edition they used.
 */
@Injectable()
export class ReferenceEditionsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(RiskReferenceEdition)
    private readonly editions: TenantRepository<RiskReferenceEdition>,
    private readonly recalculations: RecalculationsService,
    private readonly activity: ActivityLogService,
  ) {}

  async list(scope: TenantScope) {
    const loaded = await this.editions.find(scope, {
      select: [
        'id',
        'tableName',
        'edition',
        'source',
        'licence',
        'rowCount',
        'loadedAt',
        'loadedBy',
      ],
      order: { loadedAt: 'DESC', id: 'DESC' },
    });
    return {
      modelVersion: RISK_MODEL_VERSION,
      tables: REFERENCE_TABLE_NAMES.map((table) => {
        const own = loaded.filter((edition) => edition.tableName === table).map(editionView);
        const builtIn = BUILT_IN_EDITIONS[table];
        return {
          table,
          title: TABLES[table].title,
          inUse:
            own[0] ??
            (builtIn
              ? {
                  editionId: builtIn.editionId,
                  edition: builtIn.edition,
                  rows: builtIn.rows.length,
                  builtIn: TABLES[table].builtIn,
                }
              : null),
          ...(own.length === 0 && !builtIn
            ? { note: 'Not loaded: the model runs without it and each explanation says so.' }
            : {}),
          loadedEditions: own,
        };
      }),
    };
  }

  async load(
    scope: TenantScope,
    actor: Actor,
    table: string,
    query: ReferenceEditionQuery,
    csv: string,
  ) {
    if (!isReferenceTableName(table)) throw DomainError.notFound('Reference table');
    const parsed = parseReferenceCsv(table, csv);
    if (!parsed.ok)
      throw new DomainError(
        'invalid',
        `The ${table} file has ${parsed.problems.length} problem(s); nothing was loaded`,
        parsed.problems.map((problem) => ({
          field: problem.column || 'file',
          message: `line ${problem.line}: ${problem.reason}`,
        })),
      );
    return this.dataSource.transaction(async (manager) => {
      const edition = await this.editions.within(manager).insert(scope, {
        id: timeOrderedUuid(),
        tableName: table,
        edition: query.edition.trim(),
        source: query.source.trim(),
        licence: query.licence.trim(),
        rows: parsed.rows,
        rowCount: parsed.rows.length,
        loadedBy: actor.kind === 'user' ? actor.userId : null,
      });
      await this.activity.append(manager, scope, actor, {
        action: 'risk.reference-loaded',
        entityType: 'risk-reference-edition',
        entityId: edition.id,
        after: { table, ...editionView(edition) },
      });
      const recalculation = await this.recalculations.requestWithin(
        manager,
        scope,
        actor,
        `reference data: ${table} ${edition.edition}`,
      );
      return { ...editionView(edition), table, recalculation };
    });
  }
}
