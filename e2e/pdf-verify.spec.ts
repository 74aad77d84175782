import { expect, test } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';
import { apiPost, catalogs, switchLanguage } from './support.ts';
import type { Lang } from './support.ts';

// ISSUE-13 item 2 (SIG-6, SIMP-3): the debtor downloads the resolution PDF
// from their page, drops it on the public /verify page, and reads that it is
// authentic and who sealed it — on a phone in Kazakh, on a laptop in Russian.
const MINISTRY = { kk: 'Қазақстан Республикасының Әділет министрлігі', ru: 'Министерство юстиции Республики Казахстан' };

async function debtorLink(request: APIRequestContext): Promise<string> {
  const answer = await apiPost(request, '/api/dev/simplified/fine', {}, 'kk');
  expect(answer.status(), 'POST /api/dev/simplified/fine').toBe(200);
  return new URL(((await answer.json()) as { link: string }).link).pathname;
}

async function inLanguage(page: Page, lang: Lang): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) !== lang) await switchLanguage(page, lang);
}

const cases = [
  { lang: 'kk' as const, viewport: { width: 390, height: 844 }, where: '/verify' },
  { lang: 'ru' as const, viewport: { width: 1366, height: 768 }, where: 'the document\'s page' },
];

for (const { lang, viewport, where } of cases) {
  test.describe(`${viewport.width}×${viewport.height} ${lang}`, () => {
    test.use({ viewport });

    test(`ISSUE-13 item 2 SIG-6: the debtor's resolution PDF, dropped on ${where}, reads as authentic and sealed by the ministry (${lang})`, async ({ page, request }) => {
      const t = catalogs[lang];
      await page.goto(await debtorLink(request));
      await inLanguage(page, lang);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid="simp-document-download"][data-kind="simp.initiation"]').click(),
      ]);
      const pdf = await download.path();
      const documentPage = await page.locator('[data-testid="simp-document-verify"]').first().getAttribute('href');
      expect(documentPage).toMatch(/^\/verify\/[^/]+$/);

      await page.goto(where === '/verify' ? '/verify' : documentPage!);
      await inLanguage(page, lang);
      await page.getByTestId('file-drop-input').setInputFiles(pdf);
      const result = page.getByTestId('file-check-result');
      await expect(result).toHaveAttribute('data-verdict', 'authentic', { timeout: 20_000 });
      await expect(result).toHaveAttribute('data-match', 'true');
      await expect(result).toContainText(t.verifyFile.verdict.authentic);
      const sealedBy = t.verifyFile.who.systemSeal.replace('{{organisation}}', MINISTRY[lang]);
      await expect(page.getByTestId('file-check-signer')).toHaveText(sealedBy);
      // The date and time it was sealed, in the page's format (no ISO timestamp).
      await expect(result).toContainText(t.verifyFile.sealedAt);
      await expect(result).not.toContainText(/\d{4}-\d{2}-\d{2}T/);
      await result.scrollIntoViewIfNeeded();
      await expect(result).toBeInViewport();
      if (where !== '/verify') await expect(page.getByTestId('signature-signer').first()).toHaveText(sealedBy);
    });
  });
}
