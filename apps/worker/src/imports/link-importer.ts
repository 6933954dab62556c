import { linkKey, parseLinkRow, type LinkRowValues } from '@app/domain';
import type { ImportRejection } from '@app/persistence';
import type { EntityManager } from 'typeorm';
import { v7 as timeOrderedUuid } from 'uuid';
import type { ParsedRow, RowImporter, WrittenRows } from './row-importer';

interface Site {
  id: string;
  archived: boolean;
}

interface StoredLink {
  id: string;
  commodity: string | null;
  annual_spend_minor: string | null;
  spend_currency: string | null;
}

/** A link whose sites and company were found: the ids to store. */
interface ResolvedLink {
  row: ParsedRow<LinkRowValues>;
  companyId: string | null;
  buyerSite: Site | null;
  supplier: Site;
}

type Lookup<T> = (ref: string) => T | { problem: string };

/** The organisation's sites by external id, read once per import (far cheaper than a join per batch). */
async function siteLookup(manager: EntityManager, organisationId: string): Promise<Lookup<Site>> {
  const rows: { external_id: string; id: string; status: string }[] = await manager.query(
    'SELECT external_id, id, status FROM suppliers WHERE organisation_id = $1 AND external_id IS NOT NULL',
    [organisationId],
  );
  const sites = new Map(
    rows.map((row) => [row.external_id, { id: row.id, archived: row.status === 'archived' }]),
  );
  return (ref) => sites.get(ref) ?? { problem: `no site with external id "${ref}"` };
}

/** Reporting companies, named by id or registration number. */
async function companyLookup(
  manager: EntityManager,
  organisationId: string,
): Promise<Lookup<{ id: string }>> {
  const companies: { id: string; registration_number: string | null }[] = await manager.query(
    'SELECT id, registration_number FROM reporting_companies WHERE organisation_id = $1',
    [organisationId],
  );
  return (ref) => {
    const byId = companies.find((company) => company.id === ref.toLowerCase());
    if (byId) return { id: byId.id };
    const byNumber = companies.filter(
      (company) => company.registration_number?.toLowerCase() === ref.toLowerCase(),
    );
    if (byNumber.length === 1) return { id: byNumber[0].id };
    return {
      problem:
        byNumber.length > 1
          ? `"${ref}" is the registration number of several of your companies; use the company's id`
          : `no reporting company with id or registration number "${ref}"`,
    };
  };
}

/**
 * Supply links, matched on (buyer, supplier): the sites are found by external id, the companies
 * by id or registration number. A link that would be new is refused to an archived site. When
 * any link is created or changed, tiers are recomputed (in the background, once) after commit.
 */
export function linkImporter(
  enqueueTierRecompute: (manager: EntityManager, organisationId: string) => Promise<void>,
): RowImporter<LinkRowValues> {
  let lookups:
    { sites: Lookup<Site>; companies: Lookup<{ id: string }>; hadLinks: boolean } | undefined;
  return {
    parse: parseLinkRow,
    key: linkKey,
    keyColumn: 'supplier_external_id',
    async write(manager, scope, rows, header) {
      lookups ??= {
        sites: await siteLookup(manager, scope.organisationId),
        companies: await companyLookup(manager, scope.organisationId),
        hadLinks: await hasLinks(manager, scope.organisationId),
      };
      const rejections: ImportRejection[] = [];
      const resolved = resolve(rows, lookups, rejections);
      // Only links stored before this import can match a row (a repeat within the file is
      // rejected before it gets here), so a first import has nothing to look up.
      const stored = lookups.hadLinks
        ? await storedLinks(manager, scope.organisationId, resolved)
        : new Map<number, StoredLink>();
      return write(manager, scope.organisationId, resolved, stored, rejections, {
        commodity: header.has('commodity'),
        spend: header.has('annual_spend_minor') || header.has('spend_currency'),
      });
    },
    async finish(manager, scope, written) {
      if (written.created + written.updated > 0)
        await enqueueTierRecompute(manager, scope.organisationId);
    },
  };
}

function resolve(
  rows: ParsedRow<LinkRowValues>[],
  lookups: { sites: Lookup<Site>; companies: Lookup<{ id: string }> },
  rejections: ImportRejection[],
): ResolvedLink[] {
  const resolved: ResolvedLink[] = [];
  for (const row of rows) {
    const { buyer, supplierExternalId } = row.value;
    const reject = (column: string, reason: string) =>
      rejections.push({ line: row.line, column, reason });
    const company = buyer.kind === 'company' ? lookups.companies(buyer.ref) : null;
    if (company && 'problem' in company) {
      reject('buyer_company', company.problem);
      continue;
    }
    const buyerSite = buyer.kind === 'site' ? lookups.sites(buyer.externalId) : null;
    if (buyerSite && 'problem' in buyerSite) {
      reject('buyer_external_id', buyerSite.problem);
      continue;
    }
    const supplier = lookups.sites(supplierExternalId);
    if ('problem' in supplier) {
      reject('supplier_external_id', supplier.problem);
      continue;
    }
    resolved.push({ row, companyId: company?.id ?? null, buyerSite, supplier });
  }
  return resolved;
}

async function hasLinks(manager: EntityManager, organisationId: string): Promise<boolean> {
  const [{ found }]: { found: boolean }[] = await manager.query(
    'SELECT EXISTS (SELECT 1 FROM supply_links WHERE organisation_id = $1) AS found',
    [organisationId],
  );
  return found;
}

/**
 * The links already stored for these (buyer, supplier) pairs, by position in `links`. Statistics
 * lag behind a table growing inside this transaction, so the planner is told to use the indexes
 * (one probe per row) rather than hash the whole table for each batch.
 */
async function storedLinks(
  manager: EntityManager,
  organisationId: string,
  links: ResolvedLink[],
): Promise<Map<number, StoredLink>> {
  if (links.length === 0) return new Map();
  await manager.query('SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off');
  const rows: (StoredLink & { ord: string })[] = await manager.query(
    `SELECT u.ord, l.id, l.commodity, l.annual_spend_minor::text AS annual_spend_minor, l.spend_currency
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[]) WITH ORDINALITY AS u(company, site, supplier, ord)
       JOIN supply_links l ON l.organisation_id = $1 AND l.supplier_id = u.supplier
      WHERE l.buyer_company_id IS NOT DISTINCT FROM u.company AND l.buyer_supplier_id IS NOT DISTINCT FROM u.site`,
    [
      organisationId,
      links.map((link) => link.companyId),
      links.map((link) => link.buyerSite?.id ?? null),
      links.map((link) => link.supplier.id),
    ],
  );
  return new Map(rows.map((row) => [Number(row.ord) - 1, row]));
}

async function write(
  manager: EntityManager,
  organisationId: string,
  links: ResolvedLink[],
  stored: Map<number, StoredLink>,
  rejections: ImportRejection[],
  inFile: { commodity: boolean; spend: boolean },
): Promise<WrittenRows> {
  const inserts: ResolvedLink[] = [];
  const updates: { id: string; row: LinkRowValues }[] = [];
  let unchanged = 0;
  links.forEach((link, index) => {
    const values = link.row.value;
    const existing = stored.get(index);
    if (existing) {
      // Columns not in the file keep what is stored.
      const same =
        (!inFile.commodity || existing.commodity === values.commodity) &&
        (!inFile.spend ||
          (existing.annual_spend_minor === (values.annualSpendMinor?.toString() ?? null) &&
            existing.spend_currency === values.spendCurrency));
      if (same) unchanged++;
      else updates.push({ id: existing.id, row: values });
      return;
    }
    const archived = link.supplier.archived
      ? 'supplier_external_id'
      : link.buyerSite?.archived
        ? 'buyer_external_id'
        : null;
    if (archived) {
      rejections.push({
        line: link.row.line,
        column: archived,
        reason: 'that site is archived; restore it before linking it',
      });
      return;
    }
    inserts.push(link);
  });
  if (inserts.length > 0) {
    // Plain INSERT: a link someone added by hand since the check fails the batch, and the job is
    // retried (it then finds that link stored).
    await manager.query(
      `INSERT INTO supply_links (id, organisation_id, buyer_company_id, buyer_supplier_id, supplier_id, commodity,
                                 annual_spend_minor, spend_currency)
       SELECT u.id, $1, u.company, u.site, u.supplier, u.commodity, u.spend, u.currency
         FROM json_to_recordset($2::json)
           AS u(id uuid, company uuid, site uuid, supplier uuid, commodity text, spend bigint, currency text)`,
      [
        organisationId,
        // One JSON document rather than arrays, which the driver escapes element by element.
        // Time-ordered ids: each batch appends to the right edge of the primary key index.
        JSON.stringify(
          inserts.map((link) => ({
            id: timeOrderedUuid(),
            company: link.companyId,
            site: link.buyerSite?.id ?? null,
            supplier: link.supplier.id,
            commodity: link.row.value.commodity,
            spend: link.row.value.annualSpendMinor,
            currency: link.row.value.spendCurrency,
          })),
        ),
      ],
    );
  }
  if (updates.length > 0) {
    await manager.query(
      `UPDATE supply_links l SET ${inFile.commodity ? 'commodity = u.commodity,' : ''}
              ${inFile.spend ? 'annual_spend_minor = u.spend, spend_currency = u.currency,' : ''} updated_at = now()
         FROM unnest($2::uuid[], $3::text[], $4::bigint[], $5::text[]) AS u(id, commodity, spend, currency)
        WHERE l.organisation_id = $1 AND l.id = u.id`,
      [
        organisationId,
        updates.map((update) => update.id),
        updates.map((update) => update.row.commodity),
        updates.map((update) => update.row.annualSpendMinor),
        updates.map((update) => update.row.spendCurrency),
      ],
    );
  }
  return { created: inserts.length, updated: updates.length, unchanged, rejections };
}
