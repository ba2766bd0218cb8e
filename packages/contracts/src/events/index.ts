export * from './event-map.ts';
export * from './event-labels.ts';
