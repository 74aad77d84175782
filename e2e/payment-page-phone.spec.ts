import { expect, test } from '@playwright/test';
import { simulatorsUrl } from './support';

// ISSUE-13 item 14: the payment simulator's page on a 390×844 phone: nothing wider than the screen, IIN masked.
// isMobile: Chromium then honours (or, without one, misses) the page's viewport meta as a phone does.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('ISSUE-13 item 14 (SIMP-4): the payment page fits a 390 px phone and shows the IIN masked', async ({ page, request }) => {
  const created = await request.post(`${simulatorsUrl}/payments/payments`, { data: {
    reference: `phone-${Date.now()}`, amountTiyn: 123_456_789,
    purpose: { kk: 'Әкімшілік құқық бұзушылық туралы іс бойынша айыппұл, Тараз қаласының полиция басқармасы, қаулы № АП-2026-000123456',
      ru: 'Штраф по делу об административном правонарушении, Управление полиции города Тараз, постановление № АП-2026-000123456' },
    payerIin: '900515301006' } });
  expect(created.ok(), await created.text()).toBe(true);
  const { redirectUrl } = (await created.json()) as { redirectUrl: string };
  await page.goto(redirectUrl);
  await expect(page.getByRole('button', { name: 'Төлеу / Оплатить' })).toBeVisible();
  await expect(page.getByText('900515******')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('900515301006');
  // Without a viewport meta a phone lays the page out 980 px wide and shrinks it.
  expect(await page.evaluate(() => document.documentElement.clientWidth)).toBe(390);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const name of ['Төлеу / Оплатить', 'Бас тарту / Отказаться']) {
    const box = (await page.getByRole('button', { name }).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
});
