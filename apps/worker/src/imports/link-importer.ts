import { linkKey, parseLinkRow, type LinkRowValues } from '@app/domain';
import type { ImportRejection } from '@app/persistence';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ParsedRow, RowImporter, WrittenRows } from './row-importer';

interface Resolved {
  supplier_id: string | null;
  supplier_status: string | null;
  buyer_supplier_id: string | null;
  buyer_status: string | null;
  link_id: string | null;
  commodity: string | null;
  annual_spend_minor: string | null;
  spend_currency: string | null;
}

/** A reporting company named by its id or its registration number. */
type CompanyLookup = (ref: string) => { id: string } | { problem: string };

async function companyLookup(manager: EntityManager, organisationId: string) {
  const companies: { id: string; registration_number: string | null }[] = await manager.query(
    'SELECT id, registration_number FROM reporting_companies WHERE organisation_id = $1',
    [organisationId],
  );
  return (ref: string): ReturnType<CompanyLookup> => {
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
  let companies: CompanyLookup | undefined;
  return {
    parse: parseLinkRow,
    key: linkKey,
    keyColumn: 'supplier_external_id',
    async write(manager, scope, rows, header) {
      const lookup = (companies ??= await companyLookup(manager, scope.organisationId));
      const rejections: ImportRejection[] = [];
      const buyerCompanyIds = rows.map((row) => {
        if (row.value.buyer.kind !== 'company') return null;
        const found = lookup(row.value.buyer.ref);
        if ('problem' in found) {
          rejections.push({ line: row.line, column: 'buyer_company', reason: found.problem });
          return null;
        }
        return found.id;
      });
      const resolved: Resolved[] = await manager.query(
        `SELECT s.id AS supplier_id, s.status AS supplier_status, b.id AS buyer_supplier_id, b.status AS buyer_status,
                l.id AS link_id, l.commodity, l.annual_spend_minor::text AS annual_spend_minor, l.spend_currency
           FROM unnest($2::text[], $3::text[], $4::uuid[]) WITH ORDINALITY AS u(supplier_ext, buyer_ext, company_id, ord)
           LEFT JOIN suppliers s ON s.organisation_id = $1 AND s.external_id = u.supplier_ext
           LEFT JOIN suppliers b ON b.organisation_id = $1 AND b.external_id = u.buyer_ext
           LEFT JOIN supply_links l ON l.organisation_id = $1 AND l.supplier_id = s.id
                AND (CASE WHEN u.company_id IS NULL THEN l.buyer_supplier_id = b.id ELSE l.buyer_company_id = u.company_id END)
          ORDER BY u.ord`,
        [
          scope.organisationId,
          rows.map((row) => row.value.supplierExternalId),
          rows.map((row) => (row.value.buyer.kind === 'site' ? row.value.buyer.externalId : null)),
          buyerCompanyIds,
        ],
      );
      return apply(manager, scope.organisationId, rows, buyerCompanyIds, resolved, rejections, {
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

async function apply(
  manager: EntityManager,
  organisationId: string,
  rows: ParsedRow<LinkRowValues>[],
  buyerCompanyIds: (string | null)[],
  resolved: Resolved[],
  rejections: ImportRejection[],
  inFile: { commodity: boolean; spend: boolean },
): Promise<WrittenRows> {
  const inserts: {
    id: string;
    company: string | null;
    site: string | null;
    supplier: string;
    row: LinkRowValues;
  }[] = [];
  const updates: { id: string; row: LinkRowValues }[] = [];
  let unchanged = 0;
  rows.forEach((row, index) => {
    const found = resolved[index];
    const link = row.value;
    const buyerSite = link.buyer.kind === 'site' ? link.buyer.externalId : null;
    const reject = (column: string, reason: string) =>
      rejections.push({ line: row.line, column, reason });
    if (link.buyer.kind === 'company' && buyerCompanyIds[index] === null) return; // already rejected
    if (!found.supplier_id)
      return reject(
        'supplier_external_id',
        `no site with external id "${link.supplierExternalId}"`,
      );
    if (buyerSite !== null && !found.buyer_supplier_id)
      return reject('buyer_external_id', `no site with external id "${buyerSite}"`);
    if (found.link_id) {
      // Columns not in the file keep what is stored.
      const same =
        (!inFile.commodity || found.commodity === link.commodity) &&
        (!inFile.spend ||
          (found.annual_spend_minor === (link.annualSpendMinor?.toString() ?? null) &&
            found.spend_currency === link.spendCurrency));
      if (same) unchanged++;
      else updates.push({ id: found.link_id, row: link });
      return;
    }
    if (found.supplier_status === 'archived')
      return reject(
        'supplier_external_id',
        `site "${link.supplierExternalId}" is archived; restore it before linking it`,
      );
    if (found.buyer_status === 'archived')
      return reject(
        'buyer_external_id',
        `site "${buyerSite}" is archived; restore it before linking it`,
      );
    inserts.push({
      id: randomUUID(),
      company: buyerCompanyIds[index],
      site: found.buyer_supplier_id,
      supplier: found.supplier_id,
      row: link,
    });
  });
  let created = 0;
  if (inserts.length > 0) {
    // DO NOTHING: a link someone added by hand a moment ago is left as they made it.
    const result: unknown[] = await manager.query(
      `INSERT INTO supply_links (id, organisation_id, buyer_company_id, buyer_supplier_id, supplier_id, commodity,
                                 annual_spend_minor, spend_currency)
       SELECT u.id, $1, u.company, u.site, u.supplier, u.commodity, u.spend, u.currency
         FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::bigint[], $8::text[])
           AS u(id, company, site, supplier, commodity, spend, currency)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [
        organisationId,
        inserts.map((insert) => insert.id),
        inserts.map((insert) => insert.company),
        inserts.map((insert) => insert.site),
        inserts.map((insert) => insert.supplier),
        inserts.map((insert) => insert.row.commodity),
        inserts.map((insert) => insert.row.annualSpendMinor),
        inserts.map((insert) => insert.row.spendCurrency),
      ],
    );
    created = result.length;
    unchanged += inserts.length - created;
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
  return { created, updated: updates.length, unchanged, rejections };
}
