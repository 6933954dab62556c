/**
 * The `{ code, label }` vocabulary pattern of audits/audit-vocabulary.ts, for grievances: codes are
 * stored and sent, labels may be reworded without a migration, lists keep a meaningful order.
 */

export interface GrievanceTerm<Code extends string> {
  readonly code: Code;
  readonly label: string;
}

export function guard<Code extends string>(terms: ReadonlyArray<GrievanceTerm<Code>>) {
  const codes = new Set<string>(terms.map((term) => term.code));
  return (value: unknown): value is Code => typeof value === 'string' && codes.has(value);
}

export function labeller<Code extends string>(terms: ReadonlyArray<GrievanceTerm<Code>>) {
  const labels = new Map<string, string>(terms.map((term) => [term.code, term.label]));
  return (code: Code): string => labels.get(code) ?? code;
}

export const codesOf = (terms: ReadonlyArray<GrievanceTerm<string>>): string =>
  terms.map((term) => term.code).join(', ');
