import { mount } from 'svelte';
import App from './App.svelte';
import { isFramed, refuseFrame } from './lib/frame-guard.ts';
import { Locale } from './lib/i18n/locale.svelte.ts';
import { nb } from './lib/i18n/nb.ts';
import { installPrintDefault } from './lib/print/print-sheet.ts';
import './app.css';

const target = document.getElementById('app')!;
if (isFramed(window)) void import('./lib/i18n/en.ts').then(({ en }) => refuseFrame(window, target, `${nb['frame.refused']} ${en['frame.refused']}`));
else {
  installPrintDefault();
  // The first screen in the user's language (nynorsk and English are loaded when chosen, locale.svelte.ts).
  const locale = new Locale();
  void locale.ready.then(() => mount(App, { target, props: { locale } }));
}
