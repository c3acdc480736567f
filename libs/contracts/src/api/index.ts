export * from './common';
export * from './problem';
export * from './articles';
export * from './entities';
export * from './quotes';
export * from './files';
export * from './pipeline';
export * from './routes';
