import { mount } from 'svelte';
import App from './App.svelte';
import { isFramed, refuseFrame } from './lib/frame-guard.ts';
import { en } from './lib/i18n/en.ts';
import { nb } from './lib/i18n/nb.ts';
import { installPrintDefault } from './lib/print/print-sheet.ts';
import './app.css';

const target = document.getElementById('app')!;
if (isFramed(window)) refuseFrame(window, target, `${nb['frame.refused']} ${en['frame.refused']}`);
else {
  installPrintDefault();
  mount(App, { target });
}
