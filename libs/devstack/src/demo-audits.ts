import { checkAuditReport, type AuditReport } from '@app/domain';
import { Audit, OutboxEvent } from '@app/persistence';
import type { EntityManager } from 'typeorm';

const daysAgo = (days: number): Date => new Date(Date.now() - days * 86_400_000);
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** What an auditor found at Klang Valley: the pattern migrant workers in Malaysia report. */
function klangValleyReport(visitedOn: Date): AuditReport {
  return checkAuditReport(
    {
      arrivedAt: new Date(visitedOn.getTime() + 7.5 * 3_600_000).toISOString(),
      access: 'delayed',
      accessNote:
        'Kept at the guardhouse for 25 minutes while the HR manager was called; some workers left the line meanwhile.',
      workersInterviewed: {
        female: 14,
        male: 16,
        otherGender: 0,
        migrant: 26,
        agency: 19,
        onSite: 18,
        offSite: 12,
      },
      documentsReviewed: ['payroll', 'time_records', 'employment_contracts', 'recruitment_records'],
      redFlags: ['documents_held_by_employer', 'recruitment_debt', 'coached_answers'],
      summary:
        'Passports of most Nepali and Bangladeshi workers are kept in the HR office. Workers interviewed off site said they paid agents in their home country and repay loans from wages. Several on-site answers were word for word the same.',
      findings: [
        {
          category: 'identity_documents',
          indicators: ['retention_of_documents', 'restriction_of_movement'],
          severity: 'critical',
          description:
            'Passports of 212 migrant workers held in a locked cabinet in the HR office; workers must apply in writing to get them back.',
          workersAffected: null,
          feesPaid: null,
          evidenceFileIds: [],
        },
        {
          category: 'recruitment_fees',
          indicators: ['debt_bondage', 'deception'],
          severity: 'major',
          description:
            'Workers recruited through Everest Overseas Manpower and a Dhaka sub-agent paid recruitment fees of about MYR 4,500 each, several months of wages.',
          workersAffected: 38,
          feesPaid: { amountMinor: 17_100_000, currency: 'MYR' },
          evidenceFileIds: [],
        },
        {
          category: 'working_hours',
          indicators: ['excessive_overtime'],
          severity: 'minor',
          description:
            'Time records show 66-hour weeks in the four weeks before the audit; rest days were worked.',
          workersAffected: null,
          feesPaid: null,
          evidenceFileIds: [],
        },
      ],
    },
    'submit',
  );
}

/**
 * Three audits: Klang Valley's unannounced audit, reported three weeks ago (the worker turns it
 * into findings, corrective actions and a fee remediation when it starts); an unannounced audit
 * of Saigon Stitch planned for next month, which the demo supplier, a user of that site, must not
 * see; and an announced audit of Dhaka Knitwear.
 */
export async function seedDemoAudits(
  manager: EntityManager,
  organisationId: string,
  sites: Map<string, string>,
  people: { officerId: string; auditorId: string },
): Promise<void> {
  const year = new Date().getUTCFullYear();
  const common = {
    organisationId,
    auditFirm: 'Ethical Audits Ltd (demo)',
    auditorIds: [people.auditorId],
    createdBy: people.officerId,
    reportDraft: null,
    report: null,
    submittedAt: null,
    submittedBy: null,
    plannedOn: null,
    windowStart: null,
    windowEnd: null,
    scopeNotes: null,
  };
  const visitedOn = daysAgo(21);
  const report = klangValleyReport(visitedOn);
  const reported = await manager.save(
    manager.create(Audit, {
      ...common,
      reference: `AUD-${year}-0001`,
      supplierId: sites.get('NW-MY-003')!,
      type: 'unannounced',
      windowStart: isoDay(daysAgo(35)),
      windowEnd: isoDay(daysAgo(14)),
      scopeIndicators: ['retention_of_documents', 'debt_bondage', 'excessive_overtime'],
      status: 'submitted',
      report: report as unknown as Record<string, unknown>,
      reportDraft: report as unknown as Record<string, unknown>,
      submittedAt: new Date(visitedOn.getTime() + 2 * 86_400_000),
      submittedBy: people.auditorId,
    }),
  );
  await manager.save(
    manager.create(OutboxEvent, {
      organisationId,
      jobName: 'audit.process',
      payload: { auditId: reported.id },
    }),
  );
  await manager.save(
    manager.create(Audit, {
      ...common,
      reference: `AUD-${year}-0002`,
      supplierId: sites.get('NW-VN-001')!,
      type: 'unannounced',
      windowStart: isoDay(daysAgo(-20)),
      windowEnd: isoDay(daysAgo(-45)),
      scopeIndicators: ['retention_of_documents', 'withholding_of_wages', 'excessive_overtime'],
      scopeNotes: 'Check the piece-rate records against the payroll for the peak season.',
      status: 'planned',
    }),
  );
  await manager.save(
    manager.create(Audit, {
      ...common,
      reference: `AUD-${year}-0003`,
      supplierId: sites.get('NW-BD-002')!,
      type: 'announced',
      plannedOn: isoDay(daysAgo(-10)),
      scopeIndicators: ['excessive_overtime', 'abusive_conditions'],
      status: 'planned',
    }),
  );
}
