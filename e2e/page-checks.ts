import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from '@playwright/test';
import { findIdentifierTokens } from './identifier-tokens.ts';
import { catalogs } from './support.ts';
import type { Lang } from './support.ts';

// The checks e2e/page-walk.spec.ts runs on every page (ISSUE-13 items 3, 6,
// 13). Each returns the problems it found, in words, and [] when there are
// none; e2e/page-walk.spec.ts also runs them on a small planted page to prove
// each one can fail.

/** Things a person must be able to press: primary buttons anywhere on the page, and buttons and links in table rows (action columns). */
export const mustSee = [
  '.ant-btn-primary',
  '.ant-table-tbody td button',
  '.ant-table-tbody td a',
].join(', ');

/** ISSUE-13 item 3: identifier-like tokens in what a person reads — the title, the body's text, and title / aria-label / placeholder attributes. */
export async function identifierProblems(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[title], [aria-label], [placeholder]')]
      .flatMap((element) => ['title', 'aria-label', 'placeholder'].map((name) => element.getAttribute(name) ?? ''));
    // The dev mailbox shows each message verbatim: a generated password in it is the message's content (the
    // e-mail a person reads), and a random one can look like camelCase — its bodies are left out of the scan.
    let body = document.body.innerText;
    for (const verbatim of document.querySelectorAll<HTMLElement>('.outbox__body')) body = body.replace(verbatim.innerText, ' ');
    return [document.title, body, ...attributes].join('\n');
  });
  return findIdentifierTokens(text).map((token) => `a technical string is shown: «${token}»`);
}

/**
 * ISSUE-13 item 6: which of the page's must-see controls are not wholly
 * visible horizontally: outside the window, or cut off by an ancestor that
 * clips (overflow other than visible — an action column scrolled away inside
 * a table's scroll container is the case this is for), or the page itself
 * scrolls sideways.
 */
export async function offScreen(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(({ selector }) => {
    const problems: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1) problems.push(`the page scrolls sideways: ${doc.scrollWidth}px wide in a ${window.innerWidth}px window`);
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const id = el.getAttribute('data-testid') ?? el.closest('[data-testid]')?.getAttribute('data-testid') ?? '';
      return `${el.tagName.toLowerCase()} «${text || el.getAttribute('aria-label') || ''}»${id ? ` [${id}]` : ''}`;
    };
    for (const el of document.querySelectorAll(selector)) {
      if (!(el instanceof HTMLElement) || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      let left = 0;
      let right = window.innerWidth;
      for (let up = el.parentElement; up !== null && up !== doc; up = up.parentElement) {
        const overflowX = getComputedStyle(up).overflowX;
        if (overflowX === 'visible') continue;
        const clip = up.getBoundingClientRect();
        left = Math.max(left, clip.left);
        right = Math.min(right, clip.right);
      }
      if (box.left < left - 1 || box.right > right + 1) {
        problems.push(`${describe(el)} spans ${Math.round(box.left)}…${Math.round(box.right)}px, visible ${Math.round(left)}…${Math.round(right)}px`);
      }
    }
    return problems;
  }, { selector });
}

/** ISSUE-13 item 6: antd's Menu hides what does not fit behind a «···» item (rc-overflow's "rest" item). */
export async function menuProblems(page: Page, lang: Lang): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: catalogs[lang].header.mainMenu });
  if (await nav.count() === 0) return [];
  const folded = await nav.locator('.ant-menu-overflow-item-rest').filter({ visible: true }).count();
  return folded > 0 ? ['the main menu folds items into «···»'] : [];
}

/** axe-core's browser bundle, read once per test process. */
let axeSource: string | undefined;

/**
 * ISSUE-13 item 13: axe-core with the WCAG 2.1 A and AA rules, serious and
 * critical findings. `whole`: the whole document; otherwise only <main> and
 * the page header (what changes from page to page inside one document).
 *
 * axe is put into the document once (the signed-in app is one document whose
 * pages change by hash) and run there with `axe.run`. @axe-core/playwright's
 * builder injected it again on every call and finished every run in a new
 * blank page — about half of the page walk's time, for the same findings.
 */
export async function axeProblems(page: Page, whole: boolean): Promise<string[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated as an expression through the DevTools protocol, not by a <script>: the app's CSP stays as it is.
  if (!await page.evaluate(() => 'axe' in window)) await page.evaluate(`${axeSource};void 0`);
  const options: RunOptions = {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  };
  const results = await page.evaluate(async ({ whole, options }) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } }).axe;
    const include = ['main', '.app-header'].filter((selector) => document.querySelector(selector) !== null);
    const found = await axe.run(whole || include.length === 0 ? document : { include: include.map((selector) => [selector]) }, options);
    // Only what the checks read crosses back from the page.
    return found.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, { whole, options });
  return results
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `axe ${v.impact}: ${v.id} (${v.help}) at ${v.targets.join('; ')}`);
}

/** ISSUE-13 item 13: rc-tabs announces a focused tab as «Tab 1 of 6» in English: no such live region may be rendered. */
export async function englishTabAnnouncements(page: Page): Promise<string[]> {
  const tab = page.locator('main [role="tab"][aria-selected="true"]').first();
  if (await tab.count() === 0) return [];
  await tab.focus();
  const spoken = await page.locator('[role="tab"] [aria-live]').evaluateAll((regions) => regions
    .filter((region) => getComputedStyle(region).display !== 'none' && /Tab \d+ of \d+/.test(region.textContent ?? ''))
    .map((region) => region.textContent ?? ''));
  await tab.blur();
  return spoken.map((text) => `a focused tab is announced in English: «${text}»`);
}

/** ISSUE-13 item 13: the first Tab press reaches the skip link, in the page's language, and Enter moves focus to <main> (WCAG 2.4.1). */
export async function skipLinkProblems(page: Page, lang: Lang): Promise<string[]> {
  // Start the keyboard from the top of the document, as after a page load (focusing <body> resets Chromium's starting point).
  await page.evaluate(() => {
    document.body.setAttribute('tabindex', '-1');
    document.body.focus();
    document.body.removeAttribute('tabindex');
    window.scrollTo(0, 0);
  });
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => ({ testid: document.activeElement?.getAttribute('data-testid') ?? '', text: document.activeElement?.textContent ?? '' }));
  if (first.testid !== 'skip-link' || first.text !== catalogs[lang].a11y.skipToContent) return [`the first Tab stop is not the skip link: ${JSON.stringify(first)}`];
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => document.activeElement?.tagName ?? '');
  return focused === 'MAIN' ? [] : [`the skip link moved focus to ${focused}, not to <main>`];
}
