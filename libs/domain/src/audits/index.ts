export * from './audit-vocabulary';
export * from './audit-report';
export * from './corrective-actions';
export * from './fee-remediation';
export * from './supplier-visibility';
export { addDays, isCalendarDate } from './calendar';
export type { Money } from './money-input';
