export * from './event-map.ts';
