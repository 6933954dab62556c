import {
  BUILT_IN_EDITIONS,
  buildRiskReference,
  referenceVersionOf,
  type ReferenceEditions,
  type ReferenceTableName,
  type RiskReference,
} from '@app/domain';
import type { EntityManager } from 'typeorm';

interface EditionHead {
  id: string;
  table_name: ReferenceTableName;
  edition: string;
}

/** Built references by version: editions are immutable, so a version always builds the same. */
const cache = new Map<string, RiskReference>();
const CACHE_SIZE = 32;

/** The newest loaded edition of each table the organisation has loaded (none: built-in). */
async function editionHeads(
  manager: EntityManager,
  organisationId: string,
): Promise<EditionHead[]> {
  return manager.query(
    `SELECT DISTINCT ON (table_name) id, table_name, edition
       FROM risk_reference_editions WHERE organisation_id = $1
      ORDER BY table_name, loaded_at DESC, id DESC`,
    [organisationId],
  );
}

/**
 * The reference tables the organisation's scores use now: its newest loaded edition of each table,
 * else the edition shipped with the product. Rows are read only when that set of editions has not
 * been built before in this process.
 */
export async function loadRiskReference(
  manager: EntityManager,
  organisationId: string,
): Promise<RiskReference> {
  const heads = await editionHeads(manager, organisationId);
  const editionId = (table: ReferenceTableName): string =>
    heads.find((head) => head.table_name === table)?.id ??
    BUILT_IN_EDITIONS[table]?.editionId ??
    'none';
  // The reference version these editions make: the same key the built reference carries.
  const key = referenceVersionOf({
    'tip-tiers': editionId('tip-tiers'),
    'dol-goods': editionId('dol-goods'),
    'dol-downstream': editionId('dol-downstream'),
    'sector-weights': editionId('sector-weights'),
    'slavery-index': editionId('slavery-index'),
  });
  const cached = cache.get(key);
  if (cached) return cached;

  const editions: ReferenceEditions = { ...BUILT_IN_EDITIONS };
  if (heads.length > 0) {
    const rows: { id: string; rows: unknown[] }[] = await manager.query(
      'SELECT id, rows FROM risk_reference_editions WHERE id = ANY($1::uuid[])',
      [heads.map((head) => head.id)],
    );
    for (const head of heads) {
      const loaded = rows.find((row) => row.id === head.id);
      // Rows were validated by the table's parser when the edition was loaded.
      (editions as unknown as Record<string, unknown>)[head.table_name] = {
        editionId: head.id,
        edition: head.edition,
        rows: loaded?.rows ?? [],
      };
    }
  }
  const reference = buildRiskReference(editions);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, reference);
  return reference;
}
