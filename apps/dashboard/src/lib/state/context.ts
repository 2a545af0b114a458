/** Typed context helpers: the app state and the locale, set once in App.svelte. */
import { getContext, setContext } from 'svelte';
import type { Locale } from '../i18n/locale.svelte.ts';
import type { AppState } from './app-state.svelte.ts';

const APP = Symbol('app');
const LOCALE = Symbol('locale');

export function setAppContext(app: AppState, locale: Locale): void {
  setContext(APP, app);
  setContext(LOCALE, locale);
}

export function getApp(): AppState {
  return getContext<AppState>(APP);
}

export function getLocale(): Locale {
  return getContext<Locale>(LOCALE);
}

/** The same context as a Map, for mounting a single component in a test. */
export function appContext(app: AppState | null, locale: Locale): Map<symbol, unknown> {
  return new Map<symbol, unknown>([[APP, app], [LOCALE, locale]]);
}
