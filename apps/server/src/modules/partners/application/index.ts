// What the partner master offers other modules (re-exported by index.ts).
export { partnerNames, assertPartner } from './partner-lookup.ts';
export type { PartnerRef } from './partner-lookup.ts';
export { partnerErrors } from '../domain/errors.ts';
export { importErrors } from '../domain/import-errors.ts';
export { isValidCreditCode, creditCodeCheckChar } from '../domain/credit-code.ts';
// The Excel import machinery, shared with the catalog's item import.
export { importLimits, importTemplate, parseYesNo, readImportSheet, rowError } from './spreadsheet/import-sheet.ts';
export type { ImportColumn, SheetRow } from './spreadsheet/import-sheet.ts';
export { importBodyLimit, sendXlsx } from '../http/xlsx-reply.ts';
