// What the partner master offers other modules (re-exported by index.ts).
export { partnerNames, assertPartner } from './partner-lookup.ts';
export type { PartnerRef } from './partner-lookup.ts';
export { partnerErrors } from '../domain/errors.ts';
export { isValidCreditCode, creditCodeCheckChar } from '../domain/credit-code.ts';
