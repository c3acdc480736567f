export * from './article-received';
export * from './stage-events';
export * from './subjects';
export * from './dead-letter';
export * from './webhook-delivery';
