import { expect, expectAccessible, openDemo, screenshot, test } from './fixtures.ts';

test('opens with a strict CSP and the demo class, whose isolated pupils are marked by shape and label', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { level: 2, name: 'Klasser' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'start');
  await openDemo(page);
  const sociogram = page.getByRole('group', { name: /Sosiogram for Demo 7B: 25 elever/ });
  await expect(sociogram).toBeVisible();
  await expect(sociogram.getByRole('button', { name: 'Selma Rønning: valgt av 0, isolert: ingen valgte' })).toBeVisible();
  await expect(sociogram.getByRole('button', { name: 'Leah Ahmed: valgt av 0, isolert: ingen valgte' })).toBeVisible();
  await expect(sociogram.locator('text.name', { hasText: 'Selma Rønning' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'sociogram', page.getByRole('tablist'));

  await page.getByRole('tab', { name: 'Hvem trenger oppfølging' }).click();
  const list = page.getByRole('tabpanel');
  await expect(list.getByText('Ingen valgte Selma Rønning som en å være sammen med (0 av 23 klassekamerater som svarte).')).toBeVisible();
  await expect(list.getByText('Ingen valgte Leah Ahmed som en å være sammen med (0 av 24 klassekamerater som svarte).')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'attention', page.getByRole('tablist'));

  await page.getByRole('tab', { name: 'Elevtabell' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Selma Rønning' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Selma Rønning' })).toBeFocused();
  await expectAccessible(page);

  await page.getByRole('tab', { name: 'Sammenlign runder' }).click();
  await expect(page.getByText('Importer en runde til av denne klassen for å sammenligne.')).toBeVisible();
});

test('the sociogram works from the keyboard: focus a pupil, open the panel, zoom with the wheel', async ({ page }) => {
  await openDemo(page, 'en');
  const selma = page.getByRole('button', { name: /^Selma Rønning: chosen by 0/ });
  await selma.focus();
  await expect(page.getByText('Showing the ties of Selma Rønning. Press Escape to show everyone.')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: 'Selma Rønning' })).toBeVisible();
  await page.getByLabel('Layout').selectOption('target');
  await expect(page.getByRole('group', { name: /Sociogram of Demo 7B/ })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as SVG' }).click();
  expect((await download).suggestedFilename()).toBe('Demo-7B-Høst-2026.svg');
});

test('negative and bullying answers stay hidden until opened for a purpose, which is logged', async ({ page }) => {
  await openDemo(page, 'en');
  await page.getByRole('tab', { name: 'Who needs attention' }).click();
  await expect(page.getByText(/said Per Ødegård is bullied/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Show them for a purpose …' }).click();
  await page.getByLabel(/Why do you need to see them/).fill('Resource team meeting on the class climate');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page.getByText('7 of 23 classmates who answered (30 %) said Per Ødegård is bullied.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Access log' }).click();
  await expect(page.getByRole('cell', { name: 'Resource team meeting on the class climate' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'access-log');
});
