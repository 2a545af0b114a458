import { mount } from 'svelte';
import App from './App.svelte';
import { installPrintDefault } from './lib/print/print-sheet.ts';
import './app.css';

installPrintDefault();
mount(App, { target: document.getElementById('app')! });
