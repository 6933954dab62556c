export * from './entities';
export * from './data-source-options';
export * from './schema-gate';
export * from './persistence.module';
export * from './tenancy/tenant-scope';
export * from './tenancy/tenant-repository';
export * from './tenancy/tenant-repository.provider';
export * from './recruitment/fee-burdens';
