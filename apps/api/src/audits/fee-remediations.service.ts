import { checkRepayment, DomainError, summariseRemediations } from '@app/domain';
import {
  FeeRemediation,
  FeeRepayment,
  InjectTenantRepository,
  TenantRepository,
  today,
} from '@app/persistence';
import { ActivityLogService, type Actor } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../auth/auth-context';
import type { RemediationSummaryQuery, RepaymentDto } from './audits.dto';

interface RemediationRow {
  id: string;
  supplier_id: string;
  site_name: string;
  agency_id: string | null;
  agency_name: string | null;
  audit_id: string | null;
  finding_id: string | null;
  workers_affected: number;
  owed_minor: string;
  repaid_minor: string;
  currency: string;
  status: 'open' | 'closed';
  closed_on: string | null;
  created_on: string;
}

const REMEDIATION_SQL = `
  SELECT r.id, r.supplier_id, s.name AS site_name, r.agency_id, g.name AS agency_name,
         r.audit_id, r.finding_id, r.workers_affected, r.owed_minor::text AS owed_minor,
         r.repaid_minor::text AS repaid_minor, r.currency, r.status, r.closed_on::text AS closed_on,
         to_char(r.created_at, 'YYYY-MM-DD') AS created_on
    FROM fee_remediations r
    JOIN suppliers s ON s.id = r.supplier_id
    LEFT JOIN recruitment_agencies g ON g.id = r.agency_id`;

function view(row: RemediationRow) {
  const owed = Number(row.owed_minor);
  const repaid = Number(row.repaid_minor);
  return {
    id: row.id,
    site: { id: row.supplier_id, name: row.site_name },
    agency: row.agency_id ? { id: row.agency_id, name: row.agency_name } : null,
    auditId: row.audit_id,
    findingId: row.finding_id,
    workersAffected: row.workers_affected,
    owed: { amountMinor: owed, currency: row.currency },
    repaid: { amountMinor: repaid, currency: row.currency },
    outstanding: { amountMinor: owed - repaid, currency: row.currency },
    status: row.status,
    closedOn: row.closed_on,
  };
}

/**
 * Recruitment fees repaid to workers. A supplier user sees and records repayments for their own
 * site; remediations are created from submitted audit reports only.
 */
@Injectable()
export class FeeRemediationsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(FeeRemediation)
    private readonly remediations: TenantRepository<FeeRemediation>,
    @InjectTenantRepository(FeeRepayment)
    private readonly repayments: TenantRepository<FeeRepayment>,
    private readonly activity: ActivityLogService,
  ) {}

  async list(auth: AuthContext) {
    const params: unknown[] = [auth.organisationId];
    let where = 'r.organisation_id = $1';
    if (auth.role === 'supplier') {
      params.push(auth.supplierId);
      where += ' AND r.supplier_id = $2';
    }
    const rows: RemediationRow[] = await this.dataSource.query(
      `${REMEDIATION_SQL} WHERE ${where} ORDER BY r.status DESC, r.created_at LIMIT 1000`,
      params,
    );
    return rows.map(view);
  }

  async get(auth: AuthContext, id: string) {
    const remediation = await this.visible(auth, id);
    const [row]: RemediationRow[] = await this.dataSource.query(
      `${REMEDIATION_SQL} WHERE r.id = $1`,
      [remediation.id],
    );
    const repayments = await this.repayments.find(auth, {
      where: { remediationId: remediation.id },
      order: { paidOn: 'ASC', recordedAt: 'ASC' },
    });
    return {
      ...view(row),
      repayments: repayments.map((repayment) => ({
        id: repayment.id,
        amount: { amountMinor: repayment.amountMinor, currency: repayment.currency },
        paidOn: repayment.paidOn,
        evidenceFileId: repayment.evidenceFileId,
        recordedAt: repayment.recordedAt.toISOString(),
      })),
    };
  }

  async visible(auth: AuthContext, id: string): Promise<FeeRemediation> {
    const remediation = await this.remediations.getById(auth, id);
    if (auth.role === 'supplier' && remediation.supplierId !== auth.supplierId)
      throw DomainError.notFound('Fee remediation');
    return remediation;
  }

  /**
   * Records money paid back to workers. More than is outstanding is a 400 naming the balance;
   * the remediation closes when nothing is left.
   */
  async repay(auth: AuthContext, actor: Actor, id: string, dto: RepaymentDto) {
    await this.dataSource.transaction(async (manager) => {
      const remediations = this.remediations.within(manager);
      const remediation = await remediations.getById(auth, id, { lock: true });
      if (auth.role === 'supplier' && remediation.supplierId !== auth.supplierId)
        throw DomainError.notFound('Fee remediation');
      const { amount, paidOn } = checkRepayment(
        remediationState(remediation),
        dto.amount,
        dto.paidOn,
        today(),
      );
      if (dto.evidenceFileId) {
        const [file]: unknown[] = await manager.query(
          `SELECT 1 FROM stored_files WHERE organisation_id = $1 AND owner_type = 'fee_remediation'
              AND owner_id = $2 AND id = $3`,
          [auth.organisationId, remediation.id, dto.evidenceFileId],
        );
        if (!file)
          throw DomainError.invalid('evidenceFileId', 'is not a file uploaded to this remediation');
      }
      const repayment = await this.repayments.within(manager).insert(auth, {
        remediationId: remediation.id,
        amountMinor: amount.amountMinor,
        currency: amount.currency,
        paidOn,
        evidenceFileId: dto.evidenceFileId ?? null,
        recordedBy: auth.userId,
      });
      remediation.repaidMinor += amount.amountMinor;
      if (remediation.repaidMinor === remediation.owedMinor) {
        remediation.status = 'closed';
        remediation.closedOn = paidOn;
      }
      await remediations.save(auth, remediation);
      await this.activity.append(manager, auth, actor, {
        action: 'fee_remediation.repaid',
        entityType: 'fee_remediation',
        entityId: remediation.id,
        after: {
          repaymentId: repayment.id,
          amountMinor: amount.amountMinor,
          currency: amount.currency,
          status: remediation.status,
        },
      });
    });
    return this.get(auth, id);
  }

  async assertOpen(auth: AuthContext, id: string): Promise<void> {
    const remediation = await this.visible(auth, id);
    if (remediation.status === 'closed') throw DomainError.conflict('The remediation is closed');
  }

  /** Totals for a period, per currency (never converted): what the statement reports. */
  async summary(auth: AuthContext, query: RemediationSummaryQuery) {
    if (query.to < query.from) throw DomainError.invalid('to', 'must not be before from');
    const params: unknown[] = [auth.organisationId];
    let scope = '';
    if (query.companyId) {
      params.push(query.companyId);
      scope = `AND r.supplier_id IN (SELECT supplier_id FROM supplier_tiers
                                      WHERE organisation_id = $1 AND company_id = $2)`;
    }
    const rows: {
      owed_minor: string;
      currency: string;
      workers_affected: number;
      repayments: { amountMinor: number; paidOn: string }[];
    }[] = await this.dataSource.query(
      `SELECT r.owed_minor::text AS owed_minor, r.currency, r.workers_affected,
              COALESCE(json_agg(json_build_object('amountMinor', p.amount_minor,
                                                  'paidOn', p.paid_on::text))
                       FILTER (WHERE p.id IS NOT NULL), '[]') AS repayments
         FROM fee_remediations r
         LEFT JOIN fee_repayments p ON p.remediation_id = r.id
        WHERE r.organisation_id = $1 ${scope}
        GROUP BY r.id`,
      params,
    );
    return {
      from: query.from,
      to: query.to,
      companyId: query.companyId ?? null,
      byCurrency: summariseRemediations(
        rows.map((row) => ({
          owed: { amountMinor: Number(row.owed_minor), currency: row.currency },
          repayments: row.repayments.map((repayment) => ({
            amount: { amountMinor: Number(repayment.amountMinor), currency: row.currency },
            paidOn: repayment.paidOn,
          })),
          workersAffected: row.workers_affected,
        })),
        { from: query.from, to: query.to },
      ),
    };
  }
}

function remediationState(remediation: FeeRemediation) {
  return {
    owed: { amountMinor: remediation.owedMinor, currency: remediation.currency },
    repaid: [{ amountMinor: remediation.repaidMinor, currency: remediation.currency }],
  };
}
