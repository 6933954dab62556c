export * from './data-blocks';
export * from './deadlines';
export * from './freeze';
export * from './frozen-records';
export * from './regimes';
export * from './statement';
export * from './registry-export';
