export * from './deadlines';
export * from './regimes';
