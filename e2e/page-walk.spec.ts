import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { axeProblems, englishTabAnnouncements, identifierProblems, menuProblems, mustSee, offScreen, skipLinkProblems } from './page-checks.ts';
import { prepareWalkData, visitors, walkPages } from './page-walk.ts';
import type { VisitedPage, WalkData } from './page-walk.ts';
import type { Lang } from './support.ts';

// ISSUE-13 items 3, 6 and 13 (X-1: every screen usable in kk and ru): one
// walk over every page of every visitor (e2e/page-walk.ts), each page opened
// once per language, with every check on it: no identifier-like token in what
// a person reads (item 3); at 1366×768 the buttons a person needs are on
// screen and not clipped, the menu does not fold into «···» (item 6); axe-core
// finds no serious or critical WCAG 2.1 A/AA violation, tabs are not announced
// in English, the skip link works (item 13). The first tests plant each
// problem on a small static page and prove the check catches it.

const width = 1366;
test.use({ viewport: { width, height: 768 } });

/** Pages whose every column must be in sight, not behind a sideways scroll (ISSUE-13 item 6: the journal's object and details columns were cut off). */
const allColumnsInSight = new Set(['journal']);

/**
 * Every check on the page as it is now. `first.document`: the first page of
 * this document in this language (the whole document goes to axe, not only
 * <main> and the header); `first.walk`: the visitor's first page in this
 * language (the skip link is tried).
 */
async function checkPage(page: Page, name: string, lang: Lang, first: { document: boolean; walk: boolean }): Promise<string[]> {
  return [
    ...await identifierProblems(page),
    ...(first.walk ? await skipLinkProblems(page, lang) : []),
    ...await englishTabAnnouncements(page),
    ...await offScreen(page, allColumnsInSight.has(name) ? `${mustSee}, main .ant-table-thead th` : mustSee),
    ...await menuProblems(page, lang),
    ...await axeProblems(page, first.document),
  ];
}

test.describe('the checks catch what they are for', () => {
  const planted = (problem: { token?: boolean; offScreen?: boolean; clipped?: boolean; axe?: boolean }) => `<!doctype html>
    <html lang="ru"><head><title>Журнал</title></head><body>
      <main><h1>Журнал действий</h1>
        <p>Действие: ${problem.token ? 'auth.login' : 'вход в систему'}, 03.12.2026 14:21</p>
        <button class="ant-btn-primary" style="${problem.offScreen ? 'position:absolute; left:1300px; width:200px' : ''}">Утвердить</button>
        <div style="width:300px; overflow:hidden"><div style="width:600px"><button class="ant-btn-primary" style="margin-left:${problem.clipped ? 250 : 0}px">Вернуть</button></div></div>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" ${problem.axe ? '' : 'alt="Герб"'}>
      </main></body></html>`;

  test('ISSUE-13 items 3, 6, 13: a clean page passes every check', async ({ page }) => {
    await page.setContent(planted({}));
    expect(await checkPage(page, 'clean', 'ru', { document: false, walk: false })).toEqual([]);
  });

  test('ISSUE-13 item 3: an identifier token in the text is caught', async ({ page }) => {
    await page.setContent(planted({ token: true }));
    expect(await identifierProblems(page)).toEqual(['a technical string is shown: «auth.login»']);
  });

  test('ISSUE-13 item 6: a button past the window and a button cut off by a clipping ancestor are caught', async ({ page }) => {
    await page.setContent(planted({ offScreen: true, clipped: true }));
    const problems = await offScreen(page, mustSee);
    expect(problems.some((p) => p.startsWith('the page scrolls sideways'))).toBe(true);
    expect(problems.some((p) => p.includes('«Утвердить»'))).toBe(true);
    expect(problems.some((p) => p.includes('«Вернуть»'))).toBe(true);
  });

  test('ISSUE-13 item 13: an axe violation (an image without a text alternative) is caught', async ({ page }) => {
    await page.setContent(planted({ axe: true }));
    expect(await axeProblems(page, false)).toEqual([expect.stringMatching(/^axe critical: image-alt /)]);
  });
});

test.describe('every page, kk and ru', () => {
  let data: WalkData;
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    data = await prepareWalkData(browser);
  });

  for (const visitor of visitors) {
    test(`ISSUE-13 items 3, 6 and 13, X-1: ${visitor}, kk then ru, at 1366×768 — no technical strings, buttons on screen, menu unfolded, no serious axe violation`, async ({ page }) => {
      test.setTimeout(300_000);
      const problems: string[] = [];
      /** Documents already checked whole in a language (the signed-in app is one document, `/`, whose pages differ only in <main>). */
      const seen = new Set<string>();
      const langs = new Set<Lang>();
      const check = async (p: Page, visited: VisitedPage) => {
        const document = `${visited.lang} ${visited.path.split('/#')[0] ?? ''}`;
        const found = await checkPage(p, visited.name, visited.lang, { document: !seen.has(document), walk: !langs.has(visited.lang) });
        seen.add(document);
        langs.add(visited.lang);
        problems.push(...found.map((problem) => `${visited.lang} ${visited.name}: ${problem}`));
      };
      const visited = await walkPages(page, visitor, ['kk', 'ru'], data, check);
      // Both languages, the same pages in each.
      const names = (lang: Lang) => visited.filter((v) => v.lang === lang).map((v) => v.name);
      expect(names('kk').length).toBeGreaterThanOrEqual(2);
      expect(names('ru')).toEqual(names('kk'));
      expect(problems).toEqual([]);
    });
  }
});
