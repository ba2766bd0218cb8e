// What the arap area offers the rest of the system (re-exported by the module's index.ts).
import './doc-types.ts';

export { computeTax, vatRates } from '../../domain/tax.ts';
export type { VatRate, TaxSplit } from '../../domain/tax.ts';
export { recordOpenItem } from './record-open-item.ts';
export type { RecordOpenItemInput } from './record-open-item.ts';
export { arapErrors } from '../../arap.errors.ts';
