export type { GrievanceTerm } from './terms';
export * from './grievance-categories';
export * from './grievance-report';
export * from './grievance-case';
export * from './grievance-kpis';
export * from './grievance-codes';
