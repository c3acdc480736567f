export * from './normalise';
export * from './boilerplate';
