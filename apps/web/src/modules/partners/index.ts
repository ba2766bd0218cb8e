export { partnersModule } from './module.tsx';
export { partnersZhCN } from './i18n/zh-CN.ts';
export { partnersEnUS } from './i18n/en-US.ts';
// The partner picker other modules (finance, purchasing, sales) reuse, loaded on first use.
export { PartnerSelectLazy as PartnerSelect } from './components/lazy-partner-select.tsx';
export type { PartnerSelectProps } from './components/PartnerSelect.tsx';
// The Excel import dialog (template → dry run with row errors → confirm), shared with the catalog.
export { SpreadsheetImportModalLazy as SpreadsheetImportModal } from './components/lazy-import-modal.tsx';
export type { SpreadsheetImportModalProps } from './components/SpreadsheetImportModal.tsx';
export type { Partner, PartnerRole } from './api.ts';
