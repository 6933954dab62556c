import type { TemplateDefinition } from '../template-types';
import { dontKnow, NO_RISK, option, risk, yesNo } from './option-builders';

/**
 * The built-in supplier self-assessment questionnaire (SAQ) on forced labour and fair recruitment.
 *
 * Content sources: the ILO indicators of forced labour (ILO, 2012; docs/domain.md §2), the ILO
 * "General principles and operational guidelines for fair recruitment and Definition of
 * recruitment fees and related costs" (2019), ILO C181 art. 7 and the Employer Pays Principle,
 * and ICAT, "Preventing trafficking in persons by addressing demand" (2014), §2.3 (no fees or
 * deposits, same contract terms as promised, contracts in the worker's language, no retention of
 * documents) and §2.4 (grievance channels).
 *
 * Weights: 0 is good practice, 10 a clear sign of forced labour. "Don’t know" is never 0
 * (unknown is never low). Management-system gaps (no policy, no grievance channel) carry small
 * weights and are tagged with the indicator the missing safeguard protects against.
 *
 * Translations: ./translations.ts. Every text change here must be reflected there (a test checks
 * the keys, not the wording).
 */

const AGENCY_CHANNELS = ['domestic_agency', 'overseas_agency', 'sub_agents', 'labour_contractor'];
const HAS_POLICY = ['yes_communicated', 'yes_not_communicated'];
const HAS_HOUSING = ['company', 'agency_or_landlord'];

export const SUPPLIER_SELF_ASSESSMENT: TemplateDefinition = {
  key: 'supplier-forced-labour-self-assessment',
  title: 'Supplier self-assessment: forced labour and fair recruitment',
  description:
    'Questions for supplier sites about recruitment, fees, identity documents, contracts, wages, working hours, freedom of movement, housing and grievances. Answer for the whole site, including workers hired through agencies or contractors. This is not a pass-or-fail test: honest answers, including "Don’t know", help your customers work with you on improvements.',
  baseLocale: 'en',
  audience: 'supplier',
  sections: [
    {
      id: 'policies',
      title: 'Policies',
      description: 'Your written commitments on forced labour and fair recruitment.',
      questions: [
        {
          id: 'policy_exists',
          type: 'single_choice',
          text: 'Does your site have a written policy against forced labour and human trafficking?',
          help: 'A written document, signed by management, saying that the site does not use forced labour, does not charge workers for jobs and does not keep their documents. Choose the answer that is true today.',
          required: true,
          options: [
            option(
              'yes_communicated',
              'Yes, and it has been explained to all workers and agencies',
            ),
            option(
              'yes_not_communicated',
              'Yes, but it has not yet been explained to workers and agencies',
              risk(2, 'abuse_of_vulnerability'),
            ),
            option('no', 'No', risk(3, 'abuse_of_vulnerability')),
            dontKnow(risk(3, 'abuse_of_vulnerability')),
          ],
        },
        {
          id: 'policy_adopted_on',
          type: 'date',
          text: 'When was the policy adopted?',
          help: 'The date on the signed policy. If it has been updated, give the date of the latest version.',
          required: false,
          showIf: { question: 'policy_exists', in: HAS_POLICY },
        },
        {
          id: 'policy_document',
          type: 'file',
          text: 'Upload the policy',
          help: 'A photo or a scan is fine, in any language.',
          required: false,
          showIf: { question: 'policy_exists', in: HAS_POLICY },
        },
      ],
    },
    {
      id: 'workforce',
      title: 'Workforce',
      description: 'Who works at the site. Estimates are fine where you have no exact figures.',
      questions: [
        {
          id: 'total_workers',
          type: 'integer',
          text: 'How many workers work at the site today?',
          help: 'Count everyone who works at the site: permanent, temporary and seasonal workers, agency workers, and workers of contractors such as cleaning or security companies.',
          required: true,
          min: 1,
          max: 500000,
        },
        {
          id: 'migrant_share',
          type: 'percentage',
          text: 'What percentage of these workers are migrant workers?',
          help: 'Migrant workers come from another country, or moved from another region of your country to take this job. An estimate is fine.',
          required: true,
          fact: 'migrant_share',
        },
        {
          id: 'agency_share',
          type: 'percentage',
          text: 'What percentage of these workers were recruited through, or are employed by, a labour agency or labour contractor?',
          help: 'Include workers an agency found for you even if you now employ them directly, and workers an agency or contractor still employs and pays.',
          required: true,
          fact: 'agency_share',
        },
        {
          id: 'worker_origins_languages',
          type: 'text',
          text: 'Which countries or regions do your workers come from, and which languages do they speak?',
          help: 'For example: "Nepal: Nepali; Myanmar: Burmese; local workers: Malay". This tells us which languages contracts, payslips and notices need.',
          required: true,
        },
      ],
    },
    {
      id: 'recruitment',
      title: 'Recruitment',
      description: 'How workers find their way to your site, and who is involved.',
      questions: [
        {
          id: 'recruitment_channels',
          type: 'multiple_choice',
          text: 'How does the site find and hire workers? Select all that apply.',
          help: 'Think of the last 12 months. A sub-agent or broker is any person or small business that finds workers for an agency or for you, often in the workers’ home villages.',
          required: true,
          options: [
            option('direct', 'We hire workers directly (walk-ins, advertisements, job fairs)'),
            option('referrals', 'Current workers recommend friends or relatives'),
            option('domestic_agency', 'Through agencies in this country', risk(1, 'debt_bondage')),
            option(
              'overseas_agency',
              'Through agencies in the workers’ home countries',
              risk(2, 'debt_bondage', 'deception'),
            ),
            option(
              'sub_agents',
              'Through sub-agents, brokers or middlemen',
              risk(4, 'debt_bondage', 'deception'),
            ),
            option(
              'labour_contractor',
              'A labour contractor supplies workers and remains their employer',
              risk(2, 'abuse_of_vulnerability'),
            ),
            dontKnow(risk(4, 'debt_bondage', 'deception')),
          ],
        },
        {
          id: 'agency_names',
          type: 'text',
          text: 'Name the agencies, labour contractors and sub-agents you use, and the country each one works in.',
          help: 'One per line is enough, for example "ABC Manpower, Kathmandu, Nepal".',
          required: true,
          showIf: { question: 'recruitment_channels', in: AGENCY_CHANNELS },
        },
        {
          id: 'agency_fee_check',
          type: 'single_choice',
          text: 'How do you check that agencies and sub-agents do not charge workers?',
          help: 'Workers often pay agencies and brokers in their home country, before they ever reach you. The most reliable check is to ask new workers privately what they paid, and to whom.',
          required: true,
          showIf: { question: 'recruitment_channels', in: AGENCY_CHANNELS },
          options: [
            option(
              'worker_interviews',
              'We ask new workers privately what they paid, and act on what they tell us',
            ),
            option(
              'contract_clause',
              'Our contracts with agencies forbid charging workers, but we do not check with workers',
              risk(3, 'debt_bondage'),
            ),
            option(
              'agency_statement',
              'We rely on what the agency tells us',
              risk(4, 'debt_bondage'),
            ),
            option('not_checked', 'We do not check', risk(5, 'debt_bondage')),
            dontKnow(risk(5, 'debt_bondage')),
          ],
        },
      ],
    },
    {
      id: 'fees',
      title: 'Recruitment fees, deposits and loans',
      description:
        'No worker should pay for a job (the Employer Pays Principle). Recruitment fees and related costs include agency and broker fees, medical checks, insurance, skills tests, training, equipment, travel and lodging, and passports, visas and permits, whether paid in the home country or here (ILO definition of recruitment fees and related costs, 2019).',
      questions: [
        {
          id: 'fee_payer',
          type: 'single_choice',
          text: 'Who pays workers’ recruitment fees and related costs?',
          help: 'Include costs paid in the home country, to brokers, clinics or government offices. Costs the company pays first and later deducts from wages count as paid by the worker.',
          required: true,
          options: [
            option('employer_all', 'The company pays all of them; workers pay nothing'),
            option('shared', 'Workers pay some of them', risk(6, 'debt_bondage')),
            option('worker_all', 'Workers pay most or all of them', risk(8, 'debt_bondage')),
            dontKnow(risk(5, 'debt_bondage')),
          ],
        },
        {
          id: 'worker_fee_amount',
          type: 'money',
          text: 'In total, how much did a typical worker pay to get this job?',
          help: 'Add up what a worker hired in the last 12 months typically paid, to anyone, for the costs listed above, whether in cash or through a loan. Choose the currency they paid in. Enter 0 if workers paid nothing.',
          required: true,
          fact: 'worker_fee_amount',
        },
        {
          id: 'monthly_wage',
          type: 'money',
          text: 'What is a typical worker’s basic monthly wage?',
          help: 'The basic wage of a typical production worker for normal hours, before overtime, bonuses and deductions. We compare it with the fees above.',
          required: true,
          fact: 'monthly_wage',
        },
        {
          id: 'fees_repaid',
          type: 'single_choice',
          text: 'Has the company repaid, or agreed to repay, the fees and costs workers paid?',
          help: 'Many buyers expect fees paid by workers to be repaid to them. Tell us where you stand, even if repayment has only just started.',
          required: true,
          showIf: { question: 'fee_payer', in: ['shared', 'worker_all', 'dont_know'] },
          options: [
            option('repaid', 'Yes, repaid in full'),
            option(
              'repaying',
              'A repayment plan is agreed and payments have started',
              risk(2, 'debt_bondage'),
            ),
            option('not_repaid', 'No', risk(6, 'debt_bondage')),
            dontKnow(risk(5, 'debt_bondage')),
          ],
        },
        {
          id: 'deposit_required',
          type: 'yes_no',
          text: 'Do workers have to pay a deposit or give a guarantee to get or keep the job?',
          help: 'For example money held by the company or an agency, a bond, a land or property title, or a guarantor who must pay if the worker leaves early.',
          required: true,
          fact: 'deposit_required',
          options: yesNo(risk(8, 'debt_bondage', 'restriction_of_movement'), NO_RISK),
        },
        {
          id: 'deposit_return',
          type: 'single_choice',
          text: 'When is the deposit or guarantee returned?',
          help: 'Choose what happens in practice, not only what the contract says.',
          required: true,
          showIf: { question: 'deposit_required', in: ['yes'] },
          options: [
            option(
              'any_time',
              'Whenever the worker leaves, for any reason',
              risk(3, 'debt_bondage'),
            ),
            option(
              'contract_end',
              'Only if the worker completes the contract',
              risk(8, 'debt_bondage', 'restriction_of_movement'),
            ),
            option('never', 'It is not returned', risk(10, 'debt_bondage', 'withholding_of_wages')),
            dontKnow(risk(5, 'debt_bondage')),
          ],
        },
        {
          id: 'loans_offered',
          type: 'yes_no',
          text: 'Does the company or an agency lend money or give wage advances to workers?',
          help: 'Include wage advances, loans to pay recruitment costs, and loans from a lender that the company or an agency introduced.',
          required: true,
          fact: 'loans_offered',
          options: yesNo(risk(3, 'debt_bondage'), NO_RISK),
        },
        {
          id: 'loan_terms',
          type: 'multiple_choice',
          text: 'Which of these apply to the loans or advances? Select all that apply.',
          help: 'A loan that a worker cannot realistically repay, or must repay before leaving, can trap them in the job.',
          required: true,
          showIf: { question: 'loans_offered', in: ['yes'] },
          options: [
            option('written_terms', 'Each loan has written terms that the worker understands'),
            option('interest', 'Interest or a fee is charged', risk(4, 'debt_bondage')),
            option(
              'large_repayments',
              'Repayments can take more than a tenth of the monthly wage',
              risk(4, 'debt_bondage', 'withholding_of_wages'),
            ),
            option(
              'repay_before_leaving',
              'Workers cannot resign until the loan is repaid',
              risk(9, 'debt_bondage', 'restriction_of_movement'),
            ),
            dontKnow(risk(4, 'debt_bondage')),
          ],
        },
      ],
    },
    {
      id: 'documents',
      title: 'Identity documents',
      description:
        'Workers must be able to keep their passports, identity cards, work permits and bank cards themselves, at all times.',
      questions: [
        {
          id: 'documents_retained',
          type: 'yes_no',
          text: 'Does the company, an agency or a dormitory manager keep any worker’s passport, identity card, work permit or bank card?',
          help: 'Answer yes even if documents are kept "for safekeeping", with the worker’s agreement, or only for some workers. A short handover for a permit renewal, with a receipt, does not count.',
          required: true,
          fact: 'documents_retained',
          options: yesNo(risk(6, 'retention_of_documents'), NO_RISK),
        },
        {
          id: 'documents_holder',
          type: 'single_choice',
          text: 'Who keeps the documents?',
          help: 'If different people keep different documents, choose the one who keeps most of them and explain in the comments at the end.',
          required: true,
          showIf: { question: 'documents_retained', in: ['yes'] },
          options: [
            option(
              'company_office',
              'The company’s HR or administration office',
              risk(6, 'retention_of_documents'),
            ),
            option(
              'agency',
              'A recruitment agency or labour contractor',
              risk(8, 'retention_of_documents', 'restriction_of_movement'),
            ),
            option(
              'supervisor_or_security',
              'A supervisor, security guard or dormitory manager',
              risk(8, 'retention_of_documents', 'intimidation_threats'),
            ),
            dontKnow(risk(5, 'retention_of_documents')),
          ],
        },
        {
          id: 'documents_return_24h',
          type: 'single_choice',
          text: 'Can a worker get their documents back within 24 hours, on any day, without giving a reason?',
          help: 'Imagine a worker asks for their passport on a Saturday evening. Would they have it by Sunday evening?',
          required: true,
          showIf: { question: 'documents_retained', in: ['yes'] },
          options: [
            option('yes', 'Yes', risk(2, 'retention_of_documents')),
            option(
              'with_approval',
              'Only with a reason or a manager’s approval',
              risk(7, 'retention_of_documents', 'restriction_of_movement'),
            ),
            option('no', 'No', risk(9, 'retention_of_documents', 'restriction_of_movement')),
            dontKnow(risk(5, 'retention_of_documents')),
          ],
        },
        {
          id: 'documents_consent',
          type: 'yes_no',
          text: 'Has each of these workers signed, in their own language, a voluntary request to have the documents kept, which they can cancel at any time?',
          help: 'Without written consent that is freely given and can be withdrawn, keeping a worker’s documents is a sign of forced labour.',
          required: true,
          showIf: { question: 'documents_retained', in: ['yes'] },
          options: yesNo(risk(1, 'retention_of_documents'), risk(7, 'retention_of_documents')),
        },
      ],
    },
    {
      id: 'contracts',
      title: 'Employment contracts',
      questions: [
        {
          id: 'written_contract',
          type: 'single_choice',
          text: 'Does every worker have a written employment contract?',
          help: 'Include agency and temporary workers. What counts is a signed copy that the worker keeps.',
          required: true,
          options: [
            option('yes_with_copy', 'Yes, and each worker keeps a signed copy'),
            option('yes_no_copy', 'Yes, but workers do not keep a copy', risk(3, 'deception')),
            option('some', 'Only some workers', risk(4, 'deception')),
            option('none', 'No', risk(5, 'deception', 'abuse_of_vulnerability')),
            dontKnow(risk(4, 'deception')),
          ],
        },
        {
          id: 'contract_in_worker_language',
          type: 'yes_no',
          text: 'Is every worker’s contract written in a language the worker understands?',
          help: 'Answer no if any group of workers gets a contract only in a language they cannot read, even if someone explains it to them.',
          required: true,
          fact: 'contract_in_worker_language',
          options: yesNo(NO_RISK, risk(5, 'deception')),
        },
        {
          id: 'contract_timing',
          type: 'single_choice',
          text: 'When do workers recruited from another country or region first receive their contract?',
          help: 'Workers should see and accept the contract before they leave home or pay anything, so that they can decide freely.',
          required: true,
          options: [
            option('before_departure', 'Before they leave home, with time to read it'),
            option('on_arrival', 'When they arrive', risk(5, 'deception')),
            option('after_starting', 'After they have started work', risk(7, 'deception')),
            option('not_applicable', 'We do not recruit workers from elsewhere'),
            dontKnow(risk(4, 'deception')),
          ],
        },
        {
          id: 'contract_terms_match',
          type: 'single_choice',
          text: 'Do the job, wage, hours and deductions in the contract match what workers were promised when they were recruited?',
          help: 'Recruiters sometimes promise more than the real job offers. Compare the agency’s job offer with the contract, and ask new workers.',
          required: true,
          options: [
            option('yes_checked', 'Yes, and we check this with new workers'),
            option('not_checked', 'We believe so, but we have not checked', risk(3, 'deception')),
            option('sometimes_differ', 'Sometimes they differ', risk(7, 'deception')),
            dontKnow(risk(4, 'deception')),
          ],
        },
      ],
    },
    {
      id: 'wages',
      title: 'Wages and deductions',
      questions: [
        {
          id: 'wages_paid_on_time',
          type: 'yes_no',
          text: 'In the last 12 months, were all workers paid in full and on time for every pay period?',
          help: 'Answer no if any pay was late, paid only in part or held back, even once, including for agency workers.',
          required: true,
          fact: 'wages_paid_on_time',
          options: yesNo(NO_RISK, risk(6, 'withholding_of_wages')),
        },
        {
          id: 'wage_payment_method',
          type: 'single_choice',
          text: 'How are most workers paid?',
          help: 'Wages should go straight to the worker. Tell us if an agency, a broker or anyone else receives workers’ wages first.',
          required: true,
          options: [
            option(
              'own_account',
              'Into a bank or mobile-money account in the worker’s name, which the worker controls',
            ),
            option('cash_to_worker', 'In cash, handed to the worker, who signs for it'),
            option(
              'through_agency',
              'Through an agency or contractor, which then pays the workers',
              risk(5, 'withholding_of_wages'),
            ),
            option(
              'account_held_by_others',
              'Into an account whose card, passbook or PIN is kept by the company or an agency',
              risk(8, 'withholding_of_wages', 'retention_of_documents'),
            ),
            dontKnow(risk(4, 'withholding_of_wages')),
          ],
        },
        {
          id: 'wages_held_back',
          type: 'single_choice',
          text: 'Is any part of workers’ earnings held back, for example until the end of the contract or season, or in a savings scheme?',
          help: 'Holding back earned wages so that workers do not leave is one of the most common ways of forcing people to stay in a job.',
          required: true,
          options: [
            option('no', 'No'),
            option(
              'voluntary_savings',
              'Only in a savings scheme that the worker chose and can withdraw from at any time',
            ),
            option('yes', 'Yes', risk(9, 'withholding_of_wages', 'restriction_of_movement')),
            dontKnow(risk(5, 'withholding_of_wages')),
          ],
        },
        {
          id: 'payslips',
          type: 'single_choice',
          text: 'Does every worker get a payslip showing hours worked, pay and each deduction?',
          help: 'Workers need a payslip they can read to check that they have been paid correctly.',
          required: true,
          options: [
            option('yes_own_language', 'Yes, in a language the worker understands'),
            option(
              'yes_other_language',
              'Yes, but not always in a language the worker understands',
              risk(2, 'deception'),
            ),
            option('no', 'No', risk(4, 'withholding_of_wages', 'deception')),
            dontKnow(risk(3, 'withholding_of_wages')),
          ],
        },
        {
          id: 'payslip_sample',
          type: 'file',
          text: 'Upload a sample payslip',
          help: 'Cover or blur the worker’s name and identity number before you upload it.',
          required: false,
        },
        {
          id: 'wage_deductions',
          type: 'multiple_choice',
          text: 'Apart from taxes and social security contributions required by law, what is deducted from wages? Select all that apply.',
          help: 'Include deductions made by an agency or contractor before workers are paid.',
          required: true,
          options: [
            option('none', 'Nothing else is deducted'),
            option('accommodation', 'Accommodation', risk(2, 'withholding_of_wages')),
            option('food', 'Food', risk(2, 'withholding_of_wages')),
            option(
              'recruitment_costs',
              'Recruitment fees or related costs, or repayments of them',
              risk(8, 'debt_bondage'),
            ),
            option('loan_repayments', 'Loan or advance repayments', risk(3, 'debt_bondage')),
            option(
              'fines',
              'Fines or penalties, for example for lateness, mistakes or breaking rules',
              risk(7, 'withholding_of_wages', 'intimidation_threats'),
            ),
            option(
              'equipment',
              'Uniforms, tools or protective equipment',
              risk(4, 'withholding_of_wages'),
            ),
            dontKnow(risk(4, 'withholding_of_wages')),
          ],
        },
      ],
    },
    {
      id: 'hours',
      title: 'Working hours',
      description: 'Use your time records, including for agency workers.',
      questions: [
        {
          id: 'overtime_hours_week',
          type: 'integer',
          text: 'In the busiest month of the last 12 months, how many hours of overtime did a typical worker work per week?',
          help: 'Overtime is every hour worked beyond the normal hours in the contract.',
          required: true,
          min: 0,
          max: 100,
          riskBands: [
            { from: 0, to: 13, riskWeight: 0, indicators: [] },
            { from: 13, to: 21, riskWeight: 5, indicators: ['excessive_overtime'] },
            { from: 21, riskWeight: 8, indicators: ['excessive_overtime'] },
          ],
        },
        {
          id: 'max_weekly_hours',
          type: 'integer',
          text: 'What is the highest total number of hours, normal hours plus overtime, that any worker worked in a single week in the last 12 months?',
          help: 'Look at the time records for your busiest week.',
          required: true,
          min: 0,
          max: 168,
          riskBands: [
            { from: 0, to: 61, riskWeight: 0, indicators: [] },
            { from: 61, to: 73, riskWeight: 6, indicators: ['excessive_overtime'] },
            {
              from: 73,
              riskWeight: 9,
              indicators: ['excessive_overtime', 'abusive_conditions'],
            },
          ],
        },
        {
          id: 'rest_day',
          type: 'single_choice',
          text: 'Do workers get at least one full day off in every seven days?',
          help: 'A day off means at least 24 hours in a row without work.',
          required: true,
          options: [
            option('always', 'Yes, always'),
            option('except_peak', 'Yes, except in peak season', risk(4, 'excessive_overtime')),
            option('no', 'No', risk(7, 'excessive_overtime', 'abusive_conditions')),
            dontKnow(risk(4, 'excessive_overtime')),
          ],
        },
        {
          id: 'overtime_voluntary',
          type: 'single_choice',
          text: 'Can workers say no to overtime without any penalty?',
          help: 'A penalty includes losing a bonus or future shifts, a warning, a fine, or being moved to worse work.',
          required: true,
          options: [
            option('yes', 'Yes'),
            option(
              'penalty',
              'Workers who say no may lose a bonus or shifts, or be disciplined',
              risk(7, 'excessive_overtime', 'intimidation_threats'),
            ),
            option(
              'needed_for_targets',
              'Workers must work overtime to reach their production targets',
              risk(6, 'excessive_overtime'),
            ),
            dontKnow(risk(4, 'excessive_overtime')),
          ],
        },
      ],
    },
    {
      id: 'movement',
      title: 'Freedom of movement and freedom to resign',
      description:
        'Workers must be free to leave work at the end of their shift, to leave their housing in their free time, and to resign with reasonable notice.',
      questions: [
        {
          id: 'resignation_notice',
          type: 'single_choice',
          text: 'Can workers resign, and how much notice must they give?',
          help: 'Think of a worker who wants to leave before the end of their contract.',
          required: true,
          options: [
            option('up_to_one_month', 'They can resign with up to one month’s notice'),
            option(
              'more_than_one_month',
              'They can resign, but must give more than one month’s notice',
              risk(3, 'restriction_of_movement'),
            ),
            option(
              'not_before_contract_end',
              'They cannot resign before the contract ends',
              risk(9, 'restriction_of_movement'),
            ),
            dontKnow(risk(4, 'restriction_of_movement')),
          ],
        },
        {
          id: 'resignation_consequences',
          type: 'multiple_choice',
          text: 'What happens when a worker resigns before the end of the contract? Select all that apply.',
          help: 'Answer for what happens in practice, including anything the agency does.',
          required: true,
          options: [
            option('paid_in_full', 'They receive all wages and benefits owed to them'),
            option(
              'lose_earned_pay',
              'They lose wages or bonuses already earned',
              risk(8, 'withholding_of_wages', 'restriction_of_movement'),
            ),
            option(
              'pay_penalty',
              'They must pay a penalty or compensation',
              risk(8, 'debt_bondage', 'restriction_of_movement'),
            ),
            option(
              'repay_recruitment_costs',
              'They must repay recruitment or travel costs',
              risk(7, 'debt_bondage'),
            ),
            option('lose_deposit', 'They lose their deposit', risk(7, 'debt_bondage')),
            option(
              'pay_own_way_home',
              'They must pay for their own journey home',
              risk(3, 'abuse_of_vulnerability'),
            ),
            dontKnow(risk(4, 'restriction_of_movement')),
          ],
        },
        {
          id: 'leave_premises',
          type: 'single_choice',
          text: 'Outside working hours, can workers leave the workplace and their housing whenever they wish?',
          help: 'For example to go shopping, to a place of worship or to meet friends on a day off.',
          required: true,
          options: [
            option('freely', 'Yes, freely'),
            option(
              'with_permission',
              'Only with permission or a pass',
              risk(7, 'restriction_of_movement'),
            ),
            option(
              'escorted',
              'Only in groups or with an escort',
              risk(8, 'restriction_of_movement', 'isolation'),
            ),
            option('not_allowed', 'No', risk(10, 'restriction_of_movement')),
            dontKnow(risk(5, 'restriction_of_movement')),
          ],
        },
        {
          id: 'gate_rules',
          type: 'multiple_choice',
          text: 'Which of these rules apply at the site or in workers’ housing? Select all that apply.',
          help: 'Reasonable security is fine. We want to know about rules that stop workers from coming and going.',
          required: true,
          options: [
            option('none', 'None of these'),
            option(
              'curfew',
              'A curfew: the housing closes at a set time at night',
              risk(2, 'restriction_of_movement'),
            ),
            option(
              'exit_pass',
              'Workers need a pass or permission to go out',
              risk(5, 'restriction_of_movement'),
            ),
            option(
              'locked_during_work',
              'Gates or doors are locked during working hours',
              risk(7, 'restriction_of_movement', 'abusive_conditions'),
            ),
            option(
              'guards_stop_workers',
              'Guards can stop workers from leaving',
              risk(8, 'restriction_of_movement', 'intimidation_threats'),
            ),
            dontKnow(risk(4, 'restriction_of_movement')),
          ],
        },
        {
          id: 'dormitory_keys',
          type: 'single_choice',
          text: 'Who holds the keys to workers’ rooms and to the doors of their housing?',
          help: 'Locked doors can kill in a fire, and locking workers in is never acceptable.',
          required: true,
          options: [
            option('workers', 'Each worker has a key and can come and go'),
            option(
              'warden_on_request',
              'A warden or guard holds the keys and opens on request, day and night',
              risk(4, 'restriction_of_movement'),
            ),
            option(
              'locked_at_night',
              'Rooms or the building are locked from the outside at night',
              risk(10, 'restriction_of_movement', 'abusive_conditions'),
            ),
            option('no_housing', 'Neither the company nor its agencies provide housing'),
            dontKnow(risk(4, 'restriction_of_movement')),
          ],
        },
      ],
    },
    {
      id: 'living',
      title: 'Living conditions',
      questions: [
        {
          id: 'housing_provided',
          type: 'single_choice',
          text: 'Do any workers live in housing provided or arranged by the company, an agency or a contractor?',
          help: 'Include dormitories on the site, and rented houses or hostels arranged for workers.',
          required: true,
          options: [
            option('no', 'No'),
            option('company', 'Yes, run by the company'),
            option(
              'agency_or_landlord',
              'Yes, run by an agency, a contractor or a landlord',
              risk(2, 'abusive_conditions'),
            ),
            dontKnow(risk(3, 'abusive_conditions')),
          ],
        },
        {
          id: 'housing_compulsory',
          type: 'yes_no',
          text: 'Must workers live in this housing as a condition of the job?',
          help: 'Answer yes if workers are not allowed to live elsewhere.',
          required: true,
          showIf: { question: 'housing_provided', in: HAS_HOUSING },
          options: yesNo(risk(4, 'restriction_of_movement'), NO_RISK),
        },
        {
          id: 'housing_problems',
          type: 'multiple_choice',
          text: 'Which of these problems exist in the housing today? Select all that apply.',
          help: 'Check with the people who run the housing. Reporting a problem honestly is the first step to fixing it.',
          required: true,
          showIf: { question: 'housing_provided', in: HAS_HOUSING },
          options: [
            option('none', 'None of these'),
            option(
              'overcrowding',
              'More people per room than the law allows',
              risk(5, 'abusive_conditions'),
            ),
            option(
              'water_sanitation',
              'Not enough toilets or showers, or no safe drinking water',
              risk(5, 'abusive_conditions'),
            ),
            option(
              'fire_safety',
              'Too few or blocked emergency exits, or no fire-fighting equipment',
              risk(6, 'abusive_conditions'),
            ),
            option(
              'no_private_storage',
              'No lockable space for personal belongings',
              risk(3, 'abusive_conditions'),
            ),
            option(
              'not_separated',
              'Men and women are not separated for sleeping and washing',
              risk(5, 'abusive_conditions', 'physical_sexual_violence'),
            ),
            dontKnow(risk(4, 'abusive_conditions')),
          ],
        },
      ],
    },
    {
      id: 'grievances',
      title: 'Grievance channel',
      description: 'How workers can raise a concern safely.',
      questions: [
        {
          id: 'grievance_channel',
          type: 'yes_no',
          text: 'Can workers raise a complaint through a channel other than their direct supervisor?',
          help: 'For example a hotline, a complaint box, a workers’ committee, a trade union, or a channel run by a buyer or an NGO.',
          required: true,
          options: yesNo(NO_RISK, risk(4, 'abuse_of_vulnerability')),
        },
        {
          id: 'grievance_anonymous',
          type: 'single_choice',
          text: 'Can workers use it anonymously?',
          help: 'Workers who fear losing their job will only speak up if they can do so without giving their name.',
          required: true,
          showIf: { question: 'grievance_channel', in: ['yes'] },
          options: [
            option('yes', 'Yes'),
            option('no', 'No', risk(3, 'intimidation_threats')),
            dontKnow(risk(3, 'intimidation_threats')),
          ],
        },
        {
          id: 'grievance_languages',
          type: 'single_choice',
          text: 'Can workers use it in their own languages?',
          help: 'Think of every language group in your workforce, including agency workers.',
          required: true,
          showIf: { question: 'grievance_channel', in: ['yes'] },
          options: [
            option('all', 'Yes, in all of them'),
            option('some', 'In some of them', risk(3, 'isolation')),
            option('none', 'No', risk(4, 'isolation')),
            dontKnow(risk(3, 'isolation')),
          ],
        },
        {
          id: 'grievance_awareness',
          type: 'single_choice',
          text: 'How do workers find out about it?',
          help: 'A channel only works if workers know that it exists and trust it.',
          required: true,
          showIf: { question: 'grievance_channel', in: ['yes'] },
          options: [
            option('induction_and_notices', 'At induction, and on notices in their languages'),
            option('notices_only', 'Only from notices', risk(1, 'isolation')),
            option('not_told', 'Workers are not told about it', risk(4, 'isolation')),
            dontKnow(risk(3, 'isolation')),
          ],
        },
      ],
    },
    {
      id: 'subcontracting',
      title: 'Subcontractors and homeworkers',
      questions: [
        {
          id: 'uses_subcontractors',
          type: 'yes_no',
          text: 'Does the site send any production or processing work to other factories or workshops?',
          help: 'Include occasional work in busy periods, and work sent through a middleman.',
          required: true,
          options: yesNo(risk(1, 'abuse_of_vulnerability'), NO_RISK),
        },
        {
          id: 'subcontractor_oversight',
          type: 'single_choice',
          text: 'Do your buyers know about these subcontractors, and do you check their labour practices?',
          help: 'Buyers need to know where their goods are made. Workers at subcontractors often have less protection.',
          required: true,
          showIf: { question: 'uses_subcontractors', in: ['yes'] },
          options: [
            option(
              'disclosed_and_checked',
              'Buyers know about all of them, and we check their labour practices',
            ),
            option(
              'disclosed_not_checked',
              'Buyers know about them, but we do not check their labour practices',
              risk(3, 'abuse_of_vulnerability'),
            ),
            option(
              'not_disclosed',
              'Buyers do not know about all of them',
              risk(5, 'abuse_of_vulnerability'),
            ),
            dontKnow(risk(4, 'abuse_of_vulnerability')),
          ],
        },
        {
          id: 'uses_homeworkers',
          type: 'yes_no',
          text: 'Does any work go to homeworkers, that is people working in their own homes, directly or through middlemen?',
          help: 'For example hand-stitching, embroidery, sorting or packing done at home.',
          required: true,
          options: yesNo(risk(2, 'abuse_of_vulnerability'), NO_RISK),
        },
        {
          id: 'homeworker_pay',
          type: 'single_choice',
          text: 'How are homeworkers paid?',
          help: 'Homeworkers are often paid by the piece, sometimes long after the work is delivered.',
          required: true,
          showIf: { question: 'uses_homeworkers', in: ['yes'] },
          options: [
            option('direct_written_rates', 'By us, directly, at written piece rates, on time'),
            option('through_middleman', 'Through a middleman', risk(4, 'withholding_of_wages')),
            dontKnow(risk(4, 'withholding_of_wages')),
          ],
        },
      ],
    },
    {
      id: 'treatment',
      title: 'Treatment of workers',
      description:
        'We ask every site these questions. They help us understand how the site prevents abuse; please answer as accurately as you can.',
      questions: [
        {
          id: 'discipline_rules',
          type: 'single_choice',
          text: 'Do written rules forbid physical punishment, threats, verbal abuse and sexual harassment?',
          help: 'The rules should apply to everyone with authority over workers: managers, supervisors, security guards and agency staff.',
          required: true,
          options: [
            option('yes_trained', 'Yes, and supervisors and guards are trained on them'),
            option(
              'yes_not_trained',
              'Yes, but there is no training on them',
              risk(2, 'intimidation_threats'),
            ),
            option('no', 'No', risk(4, 'intimidation_threats', 'physical_sexual_violence')),
            dontKnow(risk(4, 'intimidation_threats', 'physical_sexual_violence')),
          ],
        },
        {
          id: 'discipline_measures',
          type: 'multiple_choice',
          text: 'Which of these can happen when a worker breaks a rule or misses a target? Select all that apply.',
          help: 'Answer for what supervisors, guards and agency staff actually do, not only for what the rules say.',
          required: true,
          options: [
            option('warning', 'A spoken or written warning'),
            option('dismissal_after_procedure', 'Dismissal after a fair procedure'),
            option(
              'fine',
              'A fine or a deduction from pay',
              risk(6, 'withholding_of_wages', 'intimidation_threats'),
            ),
            option(
              'shouting_insults',
              'Shouting, insults or humiliation',
              risk(5, 'intimidation_threats'),
            ),
            option(
              'threat_authorities',
              'A threat to report the worker to the police or immigration, or to send them home',
              risk(9, 'intimidation_threats'),
            ),
            option(
              'physical_punishment',
              'Hitting, pushing or other physical punishment',
              risk(10, 'physical_sexual_violence'),
            ),
            option(
              'confinement',
              'Being locked in or kept apart from other people',
              risk(10, 'restriction_of_movement', 'isolation'),
            ),
            dontKnow(risk(4, 'intimidation_threats')),
          ],
        },
        {
          id: 'incidents_last_year',
          type: 'single_choice',
          text: 'In the last 12 months, was any case of violence, threats, harassment or abuse against a worker reported or found?',
          help: 'Sites that look for problems and deal with them are safer than sites that never find any. Count cases from any source: workers, the grievance channel, audits or the police.',
          required: true,
          options: [
            option('none', 'No cases'),
            option(
              'resolved',
              'Yes, investigated and dealt with',
              risk(3, 'physical_sexual_violence', 'intimidation_threats'),
            ),
            option(
              'open',
              'Yes, still being dealt with',
              risk(5, 'physical_sexual_violence', 'intimidation_threats'),
            ),
            dontKnow(risk(4, 'physical_sexual_violence', 'intimidation_threats')),
          ],
        },
        {
          id: 'incident_summary',
          type: 'text',
          text: 'Briefly describe what happened and what was done.',
          help: 'Do not name the workers involved or give details that could identify them.',
          required: false,
          showIf: { question: 'incidents_last_year', in: ['resolved', 'open'] },
        },
      ],
    },
    {
      id: 'isolation',
      title: 'Location and contact with the outside world',
      questions: [
        {
          id: 'site_location',
          type: 'single_choice',
          text: 'Where is the site?',
          help: 'Workers in remote places find it harder to get help or to leave.',
          required: true,
          options: [
            option('town', 'In or near a town, reachable by public transport'),
            option(
              'remote',
              'In a remote area without public transport, for example a plantation, a mine or a camp',
              risk(3, 'isolation'),
            ),
            option(
              'at_sea',
              'At sea or offshore, for example on a fishing vessel',
              risk(6, 'isolation'),
            ),
          ],
        },
        {
          id: 'phone_access',
          type: 'single_choice',
          text: 'Can workers keep their own mobile phones and use them during breaks and after work?',
          help: 'Phones may be banned on the production floor for safety. What matters is whether workers can contact their families and get help in their own time.',
          required: true,
          options: [
            option('yes', 'Yes'),
            option(
              'limited_times',
              'Only at limited times set by management',
              risk(3, 'isolation'),
            ),
            option(
              'collected',
              'Phones are collected and kept by the company or an agency',
              risk(8, 'isolation'),
            ),
            dontKnow(risk(4, 'isolation')),
          ],
        },
      ],
    },
    {
      id: 'comments',
      title: 'Comments',
      questions: [
        {
          id: 'additional_comments',
          type: 'text',
          text: 'Is there anything else you would like to tell us?',
          help: 'For example improvements you have made, or answers you would like to explain.',
          required: false,
        },
      ],
    },
  ],
};
