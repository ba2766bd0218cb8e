export { localeFromHeader, defaultLocale, format } from './locale.ts';
export type { Locale, Localized } from './locale.ts';
