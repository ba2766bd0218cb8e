// Document numbers per tenant and type (PR-202611-0001), configurable, safe under concurrency.
export { nextNumber } from './next-number.ts';
export { registerDocType, registeredDocTypes, docTypeDefinition } from './doc-type.registry.ts';
export type { DocTypeDefinition } from './doc-type.registry.ts';
export { formatNumber, periodOf } from './number-format.ts';
export type { NumberingRuleShape } from './number-format.ts';
export { listNumberingRules, updateNumberingRule, previewNumber } from './numbering-rules.ts';
export { numberingRoutes } from './numbering.routes.ts';
export { numberingRules, numberSequences } from './numbering.tables.ts';
