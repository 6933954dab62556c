import { checkAnswers, type Answers, type TemplateDefinition } from '@app/domain';
import {
  OutboxEvent,
  QuestionnaireAssignment,
  QuestionnaireCampaign,
  QuestionnaireSubmission,
  QuestionnaireTemplate,
} from '@app/persistence';
import type { EntityManager } from 'typeorm';

const SELF_ASSESSMENT = 'supplier-forced-labour-self-assessment';

/**
 * Klang Valley (Malaysia): migrant workers recruited through agencies and sub-agents, fees paid by
 * the workers, passports kept in the office. The kind of answers the product exists to surface.
 */
const KLANG_VALLEY: Answers = {
  policy_exists: 'yes_not_communicated',
  policy_adopted_on: '2024-03-01',
  total_workers: 620,
  migrant_share: 78,
  agency_share: 65,
  worker_origins_languages: 'Nepal (Nepali), Bangladesh (Bengali), Myanmar (Burmese)',
  recruitment_channels: ['overseas_agency', 'sub_agents'],
  agency_names: 'Everest Overseas Manpower, Kathmandu; a sub-agent in Dhaka we do not know by name',
  agency_fee_check: 'agency_statement',
  fee_payer: 'worker_all',
  worker_fee_amount: { amountMinor: 450_000, currency: 'MYR' },
  monthly_wage: { amountMinor: 170_000, currency: 'MYR' },
  fees_repaid: 'not_repaid',
  deposit_required: 'no',
  loans_offered: 'yes',
  loan_terms: ['large_repayments', 'repay_before_leaving'],
  documents_retained: 'yes',
  documents_holder: 'company_office',
  documents_return_24h: 'with_approval',
  documents_consent: 'no',
  written_contract: 'yes_no_copy',
  contract_in_worker_language: 'no',
  contract_timing: 'on_arrival',
  contract_terms_match: 'not_checked',
  wages_paid_on_time: 'yes',
  wage_payment_method: 'own_account',
  wages_held_back: 'no',
  payslips: 'yes_other_language',
  wage_deductions: ['accommodation', 'loan_repayments'],
  overtime_hours_week: 18,
  max_weekly_hours: 66,
  rest_day: 'except_peak',
  overtime_voluntary: 'needed_for_targets',
  resignation_notice: 'more_than_one_month',
  resignation_consequences: ['repay_recruitment_costs', 'pay_own_way_home'],
  leave_premises: 'freely',
  gate_rules: ['curfew'],
  dormitory_keys: 'warden_on_request',
  housing_provided: 'company',
  housing_compulsory: 'yes',
  housing_problems: ['overcrowding'],
  grievance_channel: 'yes',
  grievance_anonymous: 'no',
  grievance_languages: 'some',
  grievance_awareness: 'notices_only',
  uses_subcontractors: 'no',
  uses_homeworkers: 'no',
  discipline_rules: 'yes_not_trained',
  discipline_measures: ['warning', 'fine'],
  incidents_last_year: 'resolved',
  incident_summary:
    'In March two workers complained about housing deductions; the deductions were reduced.',
  site_location: 'town',
  phone_access: 'yes',
};

/** Midlands Garments (UK): direct hiring, employer pays, policies known to workers. */
const MIDLANDS: Answers = {
  policy_exists: 'yes_communicated',
  policy_adopted_on: '2022-09-15',
  total_workers: 140,
  migrant_share: 35,
  agency_share: 10,
  worker_origins_languages: 'UK (English), Poland (Polish), Romania (Romanian), India (Gujarati)',
  recruitment_channels: ['direct', 'domestic_agency'],
  agency_names: 'Midlands Staffing Ltd, a local employment business',
  agency_fee_check: 'worker_interviews',
  fee_payer: 'employer_all',
  worker_fee_amount: { amountMinor: 0, currency: 'GBP' },
  monthly_wage: { amountMinor: 208_000, currency: 'GBP' },
  deposit_required: 'no',
  loans_offered: 'no',
  documents_retained: 'no',
  written_contract: 'yes_with_copy',
  contract_in_worker_language: 'yes',
  contract_timing: 'not_applicable',
  contract_terms_match: 'yes_checked',
  wages_paid_on_time: 'yes',
  wage_payment_method: 'own_account',
  wages_held_back: 'no',
  payslips: 'yes_own_language',
  wage_deductions: ['none'],
  overtime_hours_week: 4,
  max_weekly_hours: 48,
  rest_day: 'always',
  overtime_voluntary: 'yes',
  resignation_notice: 'up_to_one_month',
  resignation_consequences: ['paid_in_full'],
  leave_premises: 'freely',
  gate_rules: ['none'],
  dormitory_keys: 'no_housing',
  housing_provided: 'no',
  grievance_channel: 'yes',
  grievance_anonymous: 'yes',
  grievance_languages: 'all',
  grievance_awareness: 'induction_and_notices',
  uses_subcontractors: 'yes',
  subcontractor_oversight: 'disclosed_and_checked',
  uses_homeworkers: 'no',
  discipline_rules: 'yes_trained',
  discipline_measures: ['warning', 'dismissal_after_procedure'],
  incidents_last_year: 'none',
  site_location: 'town',
  phone_access: 'yes',
};

/** Saigon Stitch (the demo supplier's own site): started in Vietnamese, not yet submitted. */
const SAIGON_DRAFT: Answers = {
  policy_exists: 'yes_communicated',
  total_workers: 850,
  migrant_share: 40,
  agency_share: 0,
};

const TIER_ONE = ['NW-VN-001', 'NW-BD-002', 'NW-MY-003', 'NW-TR-004', 'NW-GB-005'];
const SUBMITTED: Record<string, Answers> = { 'NW-MY-003': KLANG_VALLEY, 'NW-GB-005': MIDLANDS };

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
const daysFromNow = (days: number): string => isoDay(new Date(Date.now() + days * 86_400_000));

/**
 * A self-assessment campaign to the five tier-1 factories: two have answered (one worrying, one
 * reassuring), the demo supplier has started, two have not opened it. The answers go through the
 * same checks as answers typed in the product, and the worker scores them when it starts (so they
 * reach the risk scores like any submission).
 */
export async function seedDemoQuestionnaires(
  manager: EntityManager,
  organisationId: string,
  sites: Map<string, string>,
  officerId: string,
): Promise<void> {
  const template = await manager.findOneByOrFail(QuestionnaireTemplate, {
    organisationId,
    key: SELF_ASSESSMENT,
  });
  const definition: TemplateDefinition = template.definition;
  const dueOn = daysFromNow(21);
  const campaign = await manager.save(
    manager.create(QuestionnaireCampaign, {
      organisationId,
      name: 'Tier 1 garment factories: 2026 self-assessment',
      templateId: template.id,
      dueOn,
      closesOn: isoDay(new Date(Date.parse(dueOn) + 30 * 86_400_000)),
      status: 'open',
      recipientRule: { supplierIds: TIER_ONE.length },
      recipientsCount: TIER_ONE.length,
      prefillMonths: 12,
      createdBy: officerId,
    }),
  );
  for (const code of TIER_ONE) {
    const submitted = SUBMITTED[code];
    const draft = submitted ?? (code === 'NW-VN-001' ? SAIGON_DRAFT : {});
    const answers = checkAnswers(definition, draft, submitted ? 'submit' : 'draft');
    const assignment = await manager.save(
      manager.create(QuestionnaireAssignment, {
        organisationId,
        campaignId: campaign.id,
        templateId: template.id,
        supplierId: sites.get(code)!,
        agencyId: null,
        status: submitted ? 'submitted' : code === 'NW-VN-001' ? 'in_progress' : 'sent',
        dueOn,
        locale: code === 'NW-VN-001' ? 'vi' : 'en',
        draft: answers,
      }),
    );
    if (!submitted) continue;
    const submission = await manager.save(
      manager.create(QuestionnaireSubmission, {
        organisationId,
        assignmentId: assignment.id,
        templateId: template.id,
        supplierId: assignment.supplierId,
        agencyId: null,
        attempt: 1,
        answers,
        locale: 'en',
        submittedBy: null,
        submittedAt: new Date(Date.now() - 2 * 86_400_000),
        status: 'pending',
      }),
    );
    await manager.update(QuestionnaireAssignment, assignment.id, {
      submissionCount: 1,
      latestSubmissionId: submission.id,
      submittedAt: submission.submittedAt,
    });
    await manager.save(
      manager.create(OutboxEvent, {
        organisationId,
        jobName: 'questionnaire.score',
        payload: { submissionIds: [submission.id] },
      }),
    );
  }
}
