export * from './template-types';
export * from './validate-template';
export * from './answers';
export * from './scoring';
export * from './translations';
export * from './built-in';
