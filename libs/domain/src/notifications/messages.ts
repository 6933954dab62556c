/** Every kind of notification the product records; the sender renders each with `composeEmail`. */
export const NOTIFICATION_KINDS = [
  'welcome',
  'invitation',
  'questionnaire.assigned',
  'questionnaire.due_soon',
  'questionnaire.overdue',
  'audit.reported',
  'corrective_action.overdue',
  'grievance.received',
  'grievance.overdue',
  'statement.due_soon',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a message may say about a questionnaire assignment (no answers, no scores). */
export interface AssignmentContext {
  id: string;
  campaignName: string;
  templateTitle: string;
  dueOn: string;
}

/** What a message may say about an audit, once its report is in (never a planned date). */
export interface AuditContext {
  id: string;
  reference: string;
  siteName: string;
}

/** What a reminder may say about a statement that is due: the company and the dates. */
export interface StatementDueContext {
  companyId: string;
  companyName: string;
  yearEnd: string;
  dueOn: string;
}

export interface MessageContext {
  recipientName: string;
  organisationName: string;
  /** The product's address as users reach it, without a trailing slash. */
  appUrl: string;
  assignment?: AssignmentContext;
  audit?: AuditContext;
  statement?: StatementDueContext;
}

export interface ComposedEmail {
  subject: string;
  text: string;
}

const isKind = (kind: string): kind is NotificationKind =>
  (NOTIFICATION_KINDS as readonly string[]).includes(kind);

/**
 * Plain-text email for a notification: short, in plain words, with the one link the person needs.
 * It never carries answers, scores, audit dates or grievance content; only what the recipient may
 * already see in the product. An unknown kind, or a questionnaire kind without its assignment,
 * is a programming error and throws rather than sending something half-formed.
 */
export function composeEmail(kind: string, context: MessageContext): ComposedEmail {
  if (!isKind(kind)) throw new Error(`No email for notification kind "${kind}"`);
  const greeting = `Hello ${context.recipientName},`;
  const sign = `\n\n${context.organisationName}, through Fairchain`;
  switch (kind) {
    case 'welcome':
      return {
        subject: `Welcome to Fairchain for ${context.organisationName}`,
        text: `${greeting}\n\nYour organisation's Fairchain account is ready. Sign in at ${context.appUrl}/ to map your suppliers and start due diligence.${sign}`,
      };
    case 'invitation':
      return {
        subject: `${context.organisationName} invited you to Fairchain`,
        text: `${greeting}\n\n${context.organisationName} has given you an account on Fairchain, where it carries out supply-chain due diligence. The person who invited you will give you a one-time invitation code to set your password; after that, sign in at ${context.appUrl}/ with this email address. This email does not contain the code, on purpose.${sign}`,
      };
    case 'audit.reported':
    case 'corrective_action.overdue':
      return auditEmail(kind, context, greeting, sign);
    // Counts of nothing, on purpose: no reference, category or words of a worker ever leave by mail.
    case 'grievance.received':
      return {
        subject: 'New worker grievance reports to acknowledge',
        text: `${greeting}\n\nWorkers filed new grievance reports today. Acknowledge each within 7 days: the workers see it when they check with their key.\n\n${context.appUrl}/grievance-cases${sign}`,
      };
    case 'grievance.overdue':
      return {
        subject: 'Grievance cases past their target',
        text: `${greeting}\n\nSome grievance cases are past their target: acknowledgement within 7 days, or feedback within 3 months.\n\n${context.appUrl}/grievance-cases${sign}`,
      };
    case 'statement.due_soon': {
      const statement = context.statement;
      if (!statement) throw new Error('Notification "statement.due_soon" needs its statement');
      return {
        subject: `Modern slavery statement of ${statement.companyName} due on ${statement.dueOn}`,
        text: `${greeting}\n\nThe modern slavery statement of ${statement.companyName} for the financial year ending ${statement.yearEnd} is due on ${statement.dueOn}, six months after the year-end. It needs the board's approval and a director's signature before it is published.\n\n${context.appUrl}/statements?companyId=${statement.companyId}${sign}`,
      };
    }
    default:
      return questionnaireEmail(kind, context, greeting, sign);
  }
}

function questionnaireEmail(
  kind: 'questionnaire.assigned' | 'questionnaire.due_soon' | 'questionnaire.overdue',
  context: MessageContext,
  greeting: string,
  sign: string,
): ComposedEmail {
  const assignment = context.assignment;
  if (!assignment) throw new Error(`Notification "${kind}" needs its questionnaire assignment`);
  const link = `${context.appUrl}/questionnaire-assignments/${assignment.id}`;
  const what = `the questionnaire "${assignment.templateTitle}" (${assignment.campaignName})`;
  switch (kind) {
    case 'questionnaire.assigned':
      return {
        subject: `Questionnaire to complete by ${assignment.dueOn}: ${assignment.templateTitle}`,
        text: `${greeting}\n\n${context.organisationName} asks you to complete ${what} by ${assignment.dueOn}. You can save your answers and come back to them before you submit. You can answer in your own language.\n\n${link}${sign}`,
      };
    case 'questionnaire.due_soon':
      return {
        subject: `Reminder: ${assignment.templateTitle} is due on ${assignment.dueOn}`,
        text: `${greeting}\n\nThis is a reminder that ${what} is due on ${assignment.dueOn}. Answers you have saved are kept.\n\n${link}${sign}`,
      };
    case 'questionnaire.overdue':
      return {
        subject: `Overdue: ${assignment.templateTitle} was due on ${assignment.dueOn}`,
        text: `${greeting}\n\n${what} was due on ${assignment.dueOn} and has not been submitted yet. Please complete it as soon as you can, or contact ${context.organisationName} if you need more time.\n\n${link}${sign}`,
      };
  }
}

function auditEmail(
  kind: 'audit.reported' | 'corrective_action.overdue',
  context: MessageContext,
  greeting: string,
  sign: string,
): ComposedEmail {
  const audit = context.audit;
  if (!audit) throw new Error(`Notification "${kind}" needs its audit`);
  const link = `${context.appUrl}/audits/${audit.id}`;
  if (kind === 'audit.reported')
    return {
      subject: `Audit ${audit.reference} of ${audit.siteName}: findings and corrective actions`,
      text: `${greeting}\n\nThe report of audit ${audit.reference} of ${audit.siteName} is in. Its findings, and the corrective actions ${context.organisationName} asks for with their due dates, are on this page. Propose a root cause and a plan for each corrective action.\n\n${link}${sign}`,
    };
  return {
    subject: `Overdue: corrective actions from audit ${audit.reference}`,
    text: `${greeting}\n\nA corrective action from audit ${audit.reference} of ${audit.siteName} is past its due date. Please send your plan or your evidence, or contact ${context.organisationName} if you need help.\n\n${link}${sign}`,
  };
}
