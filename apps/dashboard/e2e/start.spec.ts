import { expect, expectAccessible, test } from './fixtures.ts';

test('opens on the demo class with nothing requested from other origins', async ({ page, foreignRequests }) => {
  const csp: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) csp.push(message.text());
  });
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  await expect(page.getByRole('heading', { name: 'Demoklasse 7B' })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(26);
  await expectAccessible(page);
  expect(csp).toEqual([]);
  expect(foreignRequests).toEqual([]);
});
