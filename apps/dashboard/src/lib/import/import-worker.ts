/** Web Worker: imports a survey off the page's main thread. */
import type { ImportOptions } from '@sociogram/core';
import { importInPage } from './import-in-page.ts';

self.onmessage = (event: MessageEvent<{ bytes: Uint8Array; options: ImportOptions }>) => {
  self.postMessage(importInPage(event.data.bytes, event.data.options));
};
