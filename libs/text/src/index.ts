export * from './normalise';
export * from './boilerplate';
export * from './decode';
export * from './formats';
export * from './search-snippet';
export * from './table-lines';
