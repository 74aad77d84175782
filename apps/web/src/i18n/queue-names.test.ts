import { describe, expect, it } from 'vitest';
import { kk } from './kk.ts';
import { ru } from './ru.ts';

describe('ISSUE-13 item 10 (ENF-2, ENF-9): one name per queue', () => {
  for (const [language, catalog] of [['kk', kk], ['ru', ru]] as const) {
    it(`ISSUE-13 item 10: the senior's approvals queue has one name in the menu, on the home page and as the page title (${language})`, () => {
      expect(catalog.enf.nav.approvals).toBe(catalog.enf.queue.forApproval);
      expect(catalog.queue.enforcement.forApproval).toBe(catalog.enf.queue.forApproval);
    });
  }
});
