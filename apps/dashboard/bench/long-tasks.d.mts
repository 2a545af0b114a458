import type { Page } from '@playwright/test';

export function largeClassCsv(n?: number): string;
export function recordLongTasks(page: Page): Promise<void>;
export function pageNow(page: Page): Promise<number>;
export function longestTaskSince(page: Page, since: number): Promise<number>;
