// Unit and component tests: an in-memory IndexedDB (fake-indexeddb) instead of the browser's.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/svelte';
import { loadLang } from './lib/i18n/locale.svelte.ts';

// findBy… and waitFor wait up to 5 s (default 1 s): the in-page import and planners are loaded on first use
// (as in the built app), which on a busy 2-core machine can take longer than a second.
configure({ asyncUtilTimeout: 5000 });

// Every language's texts at hand, so that `new Locale('en')` shows English at once (the app loads them when chosen).
await Promise.all([loadLang('nn'), loadLang('en')]);
