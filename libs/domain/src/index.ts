export * from './roles';
export * from './password-policy';
export * from './email';
export * from './domain-error';
