/** Dev-only gallery (`pnpm dev`, then /gallery.html): every fixture class drawn in both layouts, for review. */
import { mount } from 'svelte';
import Gallery from './Gallery.svelte';
import '../app.css';

mount(Gallery, { target: document.getElementById('gallery')! });
