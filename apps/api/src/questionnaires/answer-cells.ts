import { formatMoney, type QuestionDefinition } from '@app/domain';

/**
 * An answer as people read it in a spreadsheet: option labels in the template's base language
 * (so a campaign answered in several languages reads as one), money with its currency.
 */
export function answerText(question: QuestionDefinition, value: unknown): string {
  if (value === undefined || value === null) return '';
  const label = (option: unknown): string =>
    question.options?.find((candidate) => candidate.value === option)?.label ?? String(option);
  switch (question.type) {
    case 'yes_no':
    case 'single_choice':
      return label(value);
    case 'multiple_choice':
      return Array.isArray(value) ? value.map(label).join('; ') : '';
    case 'money': {
      const money = value as { amountMinor: number; currency: string };
      return formatMoney(BigInt(money.amountMinor), money.currency);
    }
    case 'file':
      return `file:${(value as { fileId: string }).fileId}`;
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

export function answerCells(
  questions: readonly QuestionDefinition[],
  answers: Record<string, unknown> | null,
): string[] {
  return questions.map((question) => answerText(question, answers?.[question.id]));
}
