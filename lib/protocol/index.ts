export * from './codes';
export * from './errors';
export * from './events';
export * from './fields';
export * from './limits';
export * from './nickname';
export * from './rest';
export * from './challenge';
