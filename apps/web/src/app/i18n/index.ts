import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { setApiLanguage } from '../api/index.ts';
import { resources } from './resources.ts';
import { defaultLanguage, isLanguage, type Language } from './messages.ts';

export { supportedLanguages, isLanguage, defaultLanguage } from './messages.ts';
export type { Language, Messages } from './messages.ts';

const storageKey = 'triad.locale';

/** The language chosen on this browser; zh-CN for a first visit. */
export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

function applySideEffects(language: Language): void {
  setApiLanguage(language);
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private mode without storage: the switch still works for this visit.
  }
  applySideEffects(language);
  await i18n.changeLanguage(language);
}

let chosenBeforeLogin = false;

/** The visitor picked a language on the login page: that choice, not the profile's, wins at login. */
export function markLanguageChosenBeforeLogin(): void {
  chosenBeforeLogin = true;
}

/** Whether a pre-login choice is pending (read once, at login). */
export function takeLanguageChosenBeforeLogin(): boolean {
  const chosen = chosenBeforeLogin;
  chosenBeforeLogin = false;
  return chosen;
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : defaultLanguage;
}

const initial = storedLanguage();
void i18n.use(initReactI18next).init({
  resources,
  lng: initial,
  fallbackLng: defaultLanguage,
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});
applySideEffects(initial);

export { i18n };
