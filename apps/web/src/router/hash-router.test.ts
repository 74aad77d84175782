import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash, parseLocation } from './hash-router.ts';

describe('hash router', () => {
  it('maps hashes to routes', () => {
    expect(parseHash('')).toBe('home');
    expect(parseHash('#/')).toBe('home');
    expect(parseHash('#/journal')).toBe('journal');
    expect(parseHash('#/journal/')).toBe('journal');
    expect(parseHash('#/my-views')).toBe('myViews');
    expect(parseHash('#/dev/outbox')).toBe('devOutbox');
    expect(parseHash('#/dev/signing')).toBe('devSigning');
    expect(parseHash('#/nowhere')).toBe('notFound');
  });

  it('builds links that parse back', () => {
    for (const route of ['home', 'journal', 'myViews', 'devOutbox', 'devSigning'] as const) expect(parseHash(hrefFor(route))).toBe(route);
  });
});

describe('ENF-2, ENF-10: enforcement routes', () => {
  it('maps the enforcement pages, literal paths before the card id', () => {
    expect(parseHash('#/enforcement')).toBe('enforcement');
    expect(parseHash('#/enforcement/new')).toBe('enforcementNew');
    expect(parseHash('#/enforcement/approvals')).toBe('enforcementApprovals');
    expect(parseHash('#/enforcement/templates')).toBe('enforcementTemplates');
    expect(parseLocation('#/enforcement/proceedings/p-42')).toEqual({ route: 'enforcementCard', params: { id: 'p-42' }, query: {} });
  });

  it('needs exactly one non-empty id segment for a card', () => {
    expect(parseHash('#/enforcement/proceedings')).toBe('notFound');
    expect(parseHash('#/enforcement/proceedings/')).toBe('notFound');
    expect(parseHash('#/enforcement/proceedings/a/b')).toBe('notFound');
    expect(parseHash('#/enforcement/proceedings/%E0%A4%A')).toBe('notFound');
  });

  it('reads the query part without letting it change the route', () => {
    expect(parseLocation('#/enforcement?queue=inExecution&debtor=%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2&overdue=true')).toEqual({
      route: 'enforcement',
      params: {},
      query: { queue: 'inExecution', debtor: 'Иванов', overdue: 'true' },
    });
    expect(parseHash('#/journal?x=1')).toBe('journal');
    expect(parseLocation('#/nowhere?a=b').route).toBe('notFound');
  });

  it('builds card links and queries that parse back', () => {
    const href = hrefFor('enforcementCard', { id: 'a b/c' });
    expect(href).toBe('#/enforcement/proceedings/a%20b%2Fc');
    expect(parseLocation(href).params).toEqual({ id: 'a b/c' });
    const list = hrefFor('enforcement', {}, { queue: 'incoming', status: '', debtor: 'ТОО «Рассвет»' });
    expect(list).not.toContain('status=');
    expect(parseLocation(list).query).toEqual({ queue: 'incoming', debtor: 'ТОО «Рассвет»' });
    for (const route of ['enforcement', 'enforcementNew', 'enforcementApprovals', 'enforcementTemplates'] as const) {
      expect(parseHash(hrefFor(route))).toBe(route);
    }
  });
});

describe('ISSUE-14 items 3, 8, 10, 11: the court pages have addresses of their own', () => {
  it('maps the cabinet and the court office, ids in their segment', () => {
    expect(parseHash('#/courts/my')).toBe('courtsMy');
    expect(parseHash('#/courts/new')).toBe('courtsNew');
    expect(parseHash('#/courts/powers')).toBe('courtsPowers');
    expect(parseHash('#/courts/notifications')).toBe('courtsNotifications');
    expect(parseHash('#/court-office')).toBe('courtOffice');
    expect(parseLocation('#/courts/filings/f-1')).toEqual({ route: 'courtsFiling', params: { id: 'f-1' }, query: {} });
    expect(parseLocation('#/court-office/filings/f-2')).toEqual({ route: 'courtOfficeFiling', params: { id: 'f-2' }, query: {} });
    expect(parseLocation('#/court-cases/c-3')).toEqual({ route: 'courtCase', params: { id: 'c-3' }, query: {} });
    expect(parseHash('#/courts/filings/')).toBe('notFound');
  });

  it('builds links that parse back, the filing to resume in the query', () => {
    expect(parseLocation(hrefFor('courtsNew', {}, { draft: 'd 1' }))).toEqual({ route: 'courtsNew', params: {}, query: { draft: 'd 1' } });
    expect(parseLocation(hrefFor('courtCase', { id: 'a/b' })).params).toEqual({ id: 'a/b' });
  });
});
