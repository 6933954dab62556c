import type { IloIndicator } from '../../risk/indicators';
import type { FeeCategory } from '../../recruitment/fees';
import type { QuestionDefinition, TemplateDefinition } from '../template-types';
import { dontKnow, NO_RISK, option, risk, yesNo } from './option-builders';

/**
 * The built-in recruitment agency fee-practice survey.
 *
 * The cost categories follow ILO, "General principles and operational guidelines for fair
 * recruitment and Definition of recruitment fees and related costs", Geneva, 2019: recruitment
 * fees, and related costs (medical, insurance, skills and qualification tests, training and
 * orientation, equipment, travel and lodging, administrative costs). Under ILO C181 art. 7 and the
 * Employer Pays Principle none of them should be borne by the worker. Deposits, contract
 * substitution and document retention: ICAT, "Preventing trafficking in persons by addressing
 * demand" (2014), §2.3.
 *
 * Weights: 0 is good practice, 10 a clear sign of forced labour; "Don’t know" is never 0.
 * Translations: ./translations.ts.
 */

/** The answers of every "who pays" question, in this order. */
export const WHO_PAYS_VALUES = ['employer', 'worker', 'shared', 'not_applicable', 'dont_know'];

/**
 * The ILO cost categories asked about, each with its "who pays" question and the category of
 * `recruitment/fees.ts` that an amount of that kind is recorded under.
 */
export const AGENCY_COST_QUESTIONS: readonly {
  readonly questionId: string;
  readonly feeCategory: FeeCategory;
}[] = [
  { questionId: 'who_pays_recruitment_fee', feeCategory: 'recruitment_service' },
  { questionId: 'who_pays_medical', feeCategory: 'medical' },
  { questionId: 'who_pays_insurance', feeCategory: 'medical' },
  { questionId: 'who_pays_skills_tests', feeCategory: 'training' },
  { questionId: 'who_pays_training', feeCategory: 'training' },
  { questionId: 'who_pays_equipment', feeCategory: 'training' },
  { questionId: 'who_pays_travel_origin', feeCategory: 'travel' },
  { questionId: 'who_pays_travel_transit', feeCategory: 'travel' },
  { questionId: 'who_pays_travel_destination', feeCategory: 'travel' },
  { questionId: 'who_pays_passport', feeCategory: 'documents' },
  { questionId: 'who_pays_visa', feeCategory: 'documents' },
  { questionId: 'who_pays_work_permit', feeCategory: 'documents' },
  { questionId: 'who_pays_document_processing', feeCategory: 'documents' },
  { questionId: 'who_pays_sub_agent', feeCategory: 'recruitment_service' },
];

/**
 * A "who pays" question. The worker paying is weighted `workerPays`, sharing the cost
 * `sharedPays`; both evidence debt bondage (plus any `extra` indicators).
 */
function whoPays(
  id: string,
  text: string,
  help: string,
  workerPays: number,
  sharedPays: number,
  ...extra: IloIndicator[]
): QuestionDefinition {
  return {
    id,
    type: 'single_choice',
    text,
    help,
    required: true,
    options: [
      option('employer', 'The employer or the agency: the worker pays nothing'),
      option('worker', 'The worker', risk(workerPays, 'debt_bondage', ...extra)),
      option(
        'shared',
        'Shared between the employer and the worker',
        risk(sharedPays, 'debt_bondage', ...extra),
      ),
      option('not_applicable', 'Not applicable: this cost does not arise'),
      dontKnow(risk(4, 'debt_bondage')),
    ],
  };
}

const HAS_LICENCE = ['valid', 'expired', 'suspended_or_revoked'];

export const AGENCY_FEE_SURVEY: TemplateDefinition = {
  key: 'recruitment-agency-fee-practice-survey',
  title: 'Recruitment agency fee-practice survey',
  description:
    'Questions for recruitment agencies that place workers with our suppliers: licence, recruitment corridors, who pays each recruitment fee and related cost, deposits and loans, contracts, identity documents and complaints. It may be filled in by the agency or on its behalf. Under the Employer Pays Principle, no worker should pay for a job.',
  baseLocale: 'en',
  audience: 'agency',
  sections: [
    {
      id: 'licence',
      title: 'Licence',
      questions: [
        {
          id: 'licence_status',
          type: 'single_choice',
          text: 'What is the status of the agency’s recruitment licence?',
          help: 'The licence that allows the agency to recruit or place workers, issued by a government authority where it operates. If it holds several, answer for the one used for these placements.',
          required: true,
          options: [
            option('valid', 'Valid'),
            option('expired', 'Expired', risk(4, 'deception')),
            option(
              'suspended_or_revoked',
              'Suspended or revoked',
              risk(7, 'deception', 'debt_bondage'),
            ),
            option(
              'not_licensed',
              'The agency does not hold a licence',
              risk(7, 'deception', 'debt_bondage'),
            ),
            option(
              'not_required',
              'No licence is required where the agency operates',
              risk(2, 'deception'),
            ),
            dontKnow(risk(4, 'deception')),
          ],
        },
        {
          id: 'licensing_authority',
          type: 'text',
          text: 'Which authority issued the licence?',
          help: 'For example the ministry of labour or the overseas employment bureau, and its country.',
          required: true,
          showIf: { question: 'licence_status', in: HAS_LICENCE },
        },
        {
          id: 'licence_number',
          type: 'text',
          text: 'Licence number',
          help: 'As printed on the licence.',
          required: true,
          showIf: { question: 'licence_status', in: HAS_LICENCE },
        },
        {
          id: 'licence_expiry',
          type: 'date',
          text: 'When does (or did) the licence expire?',
          help: 'The expiry date printed on the licence.',
          required: true,
          showIf: { question: 'licence_status', in: HAS_LICENCE },
        },
      ],
    },
    {
      id: 'corridors',
      title: 'Recruitment corridors',
      description: 'Where the agency recruits workers, and where it places them.',
      questions: [
        {
          id: 'origin_countries',
          type: 'multiple_choice',
          text: 'In which countries does the agency recruit workers? Select all that apply.',
          help: 'The countries where workers live when they are recruited.',
          required: true,
          options: [
            option('bangladesh', 'Bangladesh'),
            option('cambodia', 'Cambodia'),
            option('india', 'India'),
            option('indonesia', 'Indonesia'),
            option('myanmar', 'Myanmar'),
            option('nepal', 'Nepal'),
            option('pakistan', 'Pakistan'),
            option('philippines', 'Philippines'),
            option('sri_lanka', 'Sri Lanka'),
            option('vietnam', 'Viet Nam'),
            option('other', 'Other'),
          ],
        },
        {
          id: 'destination_countries',
          type: 'multiple_choice',
          text: 'In which countries does the agency place workers? Select all that apply.',
          help: 'The countries where the workers are employed.',
          required: true,
          options: [
            option('malaysia', 'Malaysia'),
            option('thailand', 'Thailand'),
            option('singapore', 'Singapore'),
            option('taiwan', 'Taiwan'),
            option('japan', 'Japan'),
            option('south_korea', 'Republic of Korea'),
            option('saudi_arabia', 'Saudi Arabia'),
            option('united_arab_emirates', 'United Arab Emirates'),
            option('qatar', 'Qatar'),
            option('same_country', 'Within the same country (domestic placements)'),
            option('other', 'Other'),
          ],
        },
        {
          id: 'corridor_details',
          type: 'text',
          text: 'Other countries, and the agency’s main routes',
          help: 'Name any country marked "Other", and the main routes, for example "Nepal to Malaysia, about 300 workers a year".',
          required: false,
        },
        {
          id: 'workers_placed',
          type: 'integer',
          text: 'How many workers did the agency place in the last 12 months?',
          help: 'All placements, with all employers. An estimate is fine.',
          required: true,
          min: 0,
          max: 1000000,
        },
      ],
    },
    {
      id: 'costs',
      title: 'Who pays recruitment fees and related costs',
      description:
        'For each cost, say who pays it in practice. A cost counts as paid by the worker if the worker pays it to anyone (the agency, a sub-agent, a clinic, a training centre or a government office), or if it is paid for them and later deducted from their wages. Categories: ILO Definition of recruitment fees and related costs (2019).',
      questions: [
        whoPays(
          'who_pays_recruitment_fee',
          'Who pays the recruitment or placement fee?',
          'Payments for the services of the agency or other recruiters: advertising, finding and selecting workers, matching, referral and placement.',
          8,
          5,
        ),
        whoPays(
          'who_pays_medical',
          'Who pays for medical examinations, tests and vaccinations?',
          'Before departure, on arrival, and any repeat checks needed for permits.',
          6,
          4,
        ),
        whoPays(
          'who_pays_insurance',
          'Who pays for insurance?',
          'Life, health and accident insurance, and compulsory contributions to migrant worker welfare funds.',
          6,
          4,
        ),
        whoPays(
          'who_pays_skills_tests',
          'Who pays for skills, trade and language tests?',
          'Tests that check a worker’s qualifications, skills or language for the job.',
          6,
          4,
        ),
        whoPays(
          'who_pays_training',
          'Who pays for training and orientation?',
          'Including pre-departure orientation and induction on arrival.',
          6,
          4,
        ),
        whoPays(
          'who_pays_equipment',
          'Who pays for equipment, tools, uniforms and protective gear?',
          'Anything the worker needs to do the job, or was told to bring.',
          6,
          4,
        ),
        whoPays(
          'who_pays_travel_origin',
          'Who pays for travel and lodging in the worker’s home country?',
          'Journeys to interviews, medical checks, training, the embassy and the airport, and any stay near them.',
          6,
          4,
        ),
        whoPays(
          'who_pays_travel_transit',
          'Who pays for the journey to the destination country?',
          'Air, bus or boat fares, and food and lodging in transit.',
          6,
          4,
        ),
        whoPays(
          'who_pays_travel_destination',
          'Who pays for travel and lodging in the destination country?',
          'Transport from the airport or border to the workplace, lodging before work starts, and the journey home at the end of the contract.',
          6,
          4,
        ),
        whoPays(
          'who_pays_passport',
          'Who pays for the passport?',
          'Fees to obtain or renew a passport, and any charge for arranging it.',
          5,
          3,
        ),
        whoPays(
          'who_pays_visa',
          'Who pays for the visa?',
          'Visa fees, consular appointments and any charge for arranging them.',
          6,
          4,
        ),
        whoPays(
          'who_pays_work_permit',
          'Who pays for the work and residence permits?',
          'Government fees and levies for work and residence permits, and for renewing them.',
          6,
          4,
        ),
        whoPays(
          'who_pays_document_processing',
          'Who pays for other documents and their processing?',
          'Police clearance, background checks, certification, translation and legalisation of documents, exit clearance, and opening a bank account.',
          6,
          4,
        ),
        whoPays(
          'who_pays_sub_agent',
          'Who pays sub-agents, brokers or middlemen?',
          'Any payment to a person who found the worker or passed them on to the agency, such as a village broker.',
          8,
          5,
          'deception',
        ),
      ],
    },
    {
      id: 'worker_costs',
      title: 'Amounts, deposits and loans',
      questions: [
        {
          id: 'worker_fee_amount',
          type: 'money',
          text: 'In total, how much did a typical worker placed in the last 12 months pay for all of the costs above?',
          help: 'Include payments to the agency, to sub-agents and to anyone else, and amounts deducted from wages later. Choose the currency the worker paid in. Enter 0 if workers paid nothing.',
          required: true,
          fact: 'worker_fee_amount',
        },
        {
          id: 'monthly_wage',
          type: 'money',
          text: 'What is the typical basic monthly wage of these workers in the destination job?',
          help: 'The basic wage for normal hours, before overtime and deductions. It is used to express fees in months of wages.',
          required: true,
          fact: 'monthly_wage',
        },
        {
          id: 'deposit_required',
          type: 'yes_no',
          text: 'Must workers pay a deposit, bond or guarantee to the agency, a sub-agent or the employer?',
          help: 'For example money held until the end of the contract, a land or property title, or a guarantor who must pay if the worker leaves early.',
          required: true,
          fact: 'deposit_required',
          options: yesNo(risk(8, 'debt_bondage', 'restriction_of_movement'), NO_RISK),
        },
        {
          id: 'loans_offered',
          type: 'yes_no',
          text: 'Does the agency, a sub-agent or a lender they work with lend workers money to pay for recruitment or migration?',
          help: 'Include loans from banks, money lenders or individuals that the agency or its sub-agents introduce to workers.',
          required: true,
          fact: 'loans_offered',
          options: yesNo(risk(4, 'debt_bondage'), NO_RISK),
        },
        {
          id: 'loan_interest',
          type: 'single_choice',
          text: 'Is interest or a fee charged on these loans?',
          help: 'Loans with interest can leave workers in debt for years.',
          required: true,
          showIf: { question: 'loans_offered', in: ['yes'] },
          options: [
            option('no', 'No', risk(2, 'debt_bondage')),
            option('yes', 'Yes', risk(6, 'debt_bondage')),
            dontKnow(risk(4, 'debt_bondage')),
          ],
        },
      ],
    },
    {
      id: 'contracts',
      title: 'Contracts',
      questions: [
        {
          id: 'contract_in_worker_language',
          type: 'yes_no',
          text: 'Is every worker’s contract written in a language the worker understands?',
          help: 'An oral explanation is not enough: workers should be able to read the contract in their language, or have it read to them if they cannot read, before signing.',
          required: true,
          fact: 'contract_in_worker_language',
          options: yesNo(NO_RISK, risk(5, 'deception')),
        },
        {
          id: 'contract_signed_when',
          type: 'single_choice',
          text: 'When do workers sign their employment contract?',
          help: 'Workers should receive the contract, and have time to read it, before departure and before paying anything.',
          required: true,
          options: [
            option('before_departure', 'Before departure, with time to read it and ask questions'),
            option(
              'at_departure',
              'On the day of departure, for example at the airport',
              risk(5, 'deception'),
            ),
            option(
              'after_arrival',
              'After arrival in the destination country',
              risk(7, 'deception'),
            ),
            dontKnow(risk(4, 'deception')),
          ],
        },
        {
          id: 'contract_substitution',
          type: 'single_choice',
          text: 'Does the contract workers sign in the destination country ever differ from the one they accepted at home?',
          help: 'Contract substitution means a new contract with a lower wage, a different job or employer, longer hours or new deductions.',
          required: true,
          options: [
            option('never_compared', 'No, and the agency compares both contracts for each worker'),
            option(
              'not_compared',
              'Not to our knowledge, but the contracts are not compared',
              risk(3, 'deception'),
            ),
            option('sometimes', 'Yes, sometimes', risk(8, 'deception')),
            dontKnow(risk(4, 'deception')),
          ],
        },
      ],
    },
    {
      id: 'documents',
      title: 'Identity documents',
      questions: [
        {
          id: 'documents_retained',
          type: 'yes_no',
          text: 'Does the agency or a sub-agent keep any worker’s passport or other identity document for longer than needed to process a visa or permit?',
          help: 'Answer yes if documents are kept to make sure workers pay fees or complete the contract, or are kept "for safekeeping".',
          required: true,
          fact: 'documents_retained',
          options: yesNo(risk(8, 'retention_of_documents'), NO_RISK),
        },
        {
          id: 'documents_returned_when',
          type: 'single_choice',
          text: 'When do workers get their documents back?',
          help: 'Choose what happens in practice.',
          required: true,
          showIf: { question: 'documents_retained', in: ['yes'] },
          options: [
            option(
              'on_request',
              'Whenever the worker asks, within 24 hours',
              risk(3, 'retention_of_documents'),
            ),
            option(
              'after_fees_paid',
              'After fees or loans have been repaid',
              risk(10, 'retention_of_documents', 'debt_bondage'),
            ),
            option(
              'end_of_contract',
              'At the end of the contract',
              risk(9, 'retention_of_documents', 'restriction_of_movement'),
            ),
            dontKnow(risk(5, 'retention_of_documents')),
          ],
        },
      ],
    },
    {
      id: 'commitments',
      title: 'Employer Pays commitment and complaints',
      questions: [
        {
          id: 'employer_pays_committed',
          type: 'yes_no',
          text: 'Has the agency committed in writing to the Employer Pays Principle, that no worker pays any recruitment fee or related cost?',
          help: 'For example a signed policy, a published commitment, or a clause in the agency’s contracts with employers.',
          required: true,
          fact: 'employer_pays_committed',
          options: yesNo(NO_RISK, risk(4, 'debt_bondage')),
        },
        {
          id: 'employer_pays_evidence',
          type: 'file',
          text: 'Upload the commitment',
          help: 'A signed policy, a published statement or a sample contract clause.',
          required: false,
          showIf: { question: 'employer_pays_committed', in: ['yes'] },
        },
        {
          id: 'complaint_mechanism',
          type: 'single_choice',
          text: 'Can workers the agency placed complain to it, including after they have arrived at the workplace?',
          help: 'A good channel is free, works in the worker’s language, can be used anonymously, and is explained at orientation.',
          required: true,
          options: [
            option('yes_anonymous', 'Yes, in their language, and also anonymously'),
            option(
              'yes_named',
              'Yes, but workers must give their name',
              risk(2, 'intimidation_threats'),
            ),
            option('no', 'No', risk(4, 'abuse_of_vulnerability')),
            dontKnow(risk(3, 'abuse_of_vulnerability')),
          ],
        },
      ],
    },
    {
      id: 'sub_agents',
      title: 'Sub-agents',
      questions: [
        {
          id: 'uses_sub_agents',
          type: 'yes_no',
          text: 'Does the agency work with sub-agents, brokers or middlemen to find workers?',
          help: 'Include individuals or small agencies in villages or towns who send workers to the agency, whether or not the agency pays them.',
          required: true,
          options: yesNo(risk(3, 'debt_bondage', 'deception'), NO_RISK),
        },
        {
          id: 'sub_agent_controls',
          type: 'multiple_choice',
          text: 'How does the agency make sure sub-agents do not charge or mislead workers? Select all that apply.',
          help: 'Sub-agents are where most unlawful fees are charged.',
          required: true,
          showIf: { question: 'uses_sub_agents', in: ['yes'] },
          options: [
            option('registered_only', 'It uses only registered or licensed sub-agents'),
            option('no_fee_contracts', 'Written contracts forbid sub-agents to charge workers'),
            option('agency_pays', 'The agency pays the sub-agents itself'),
            option('ask_workers', 'It asks every worker privately what they paid, and to whom'),
            option('none', 'None of these', risk(6, 'debt_bondage', 'deception')),
            dontKnow(risk(4, 'debt_bondage', 'deception')),
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
          help: 'For example changes the agency has made, or answers you would like to explain.',
          required: false,
        },
      ],
    },
  ],
};
