export { partnersModule } from './module.tsx';
export { partnersZhCN } from './i18n/zh-CN.ts';
export { partnersEnUS } from './i18n/en-US.ts';
// The partner picker other modules (finance, purchasing, sales) reuse, loaded on first use.
export { PartnerSelectLazy as PartnerSelect } from './components/lazy-partner-select.tsx';
export type { PartnerSelectProps } from './components/PartnerSelect.tsx';
export type { Partner, PartnerRole } from './api.ts';
