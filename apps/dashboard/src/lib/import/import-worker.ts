/** Web Worker: imports a survey off the page's main thread, posting `{progress: [done, total]}` per class of a school file. */
import type { ImportOptions } from '@sociogram/core';
import { importInPage } from './import-in-page.ts';

self.onmessage = (event: MessageEvent<{ bytes: Uint8Array; options: ImportOptions }>) => {
  const onProgress = (done: number, total: number) => self.postMessage({ progress: [done, total] });
  self.postMessage(importInPage(event.data.bytes, { ...event.data.options, onProgress }));
};
