import { z } from 'zod';

export const id = z.uuid();
/** Money and quantities travel as strings (exact decimals), e.g. "12500.00". */
export const decimalString = z.string().regex(/^-?\d{1,16}(\.\d{1,6})?$/, 'must be a decimal number written as a string');
export const money = z.string().regex(/^-?\d{1,16}(\.\d{1,2})?$/, 'must be an amount with at most 2 decimals, written as a string');
export const isoDateTime = z.string();
export const idParams = z.object({ id });
export const okResponse = z.object({ ok: z.literal(true) });
export const localeSchema = z.enum(['zh-CN', 'en-US']);
export type LocaleCode = z.infer<typeof localeSchema>;
