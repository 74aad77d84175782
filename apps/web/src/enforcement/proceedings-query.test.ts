import { describe, expect, it } from 'vitest';
import { withQuery } from '../api/http-client.ts';
import { hrefFor, parseLocation } from '../router/hash-router.ts';
import { filtersToQuery, listKey, normaliseDebtor, readFilters, toProceedingQuery } from './proceedings-query.ts';

describe('ENF-2: queue list filters', () => {
  it('ENF-2: reads the hash query, ignoring unknown or malformed values', () => {
    expect(readFilters({ queue: 'inExecution', status: 'suspended', overdue: 'true', from: '2026-01-01', to: '2026-02-30', sort: 'registeredAt' }))
      .toEqual({ queue: 'inExecution', status: 'suspended', overdue: true, from: '2026-01-01', sort: 'registeredAt' });
    expect(readFilters({ queue: 'everything', status: 'lost', overdue: 'yes', sort: 'name' })).toEqual({ overdue: false, sort: '-registeredAt' });
  });

  it('ENF-2: writes only what differs from the defaults, and survives a round trip through the hash', () => {
    const filters = { queue: 'incoming' as const, debtor: ' Иванов  Назар ', overdue: true, sort: '-registeredAt' as const };
    const query = filtersToQuery(filters);
    expect(query).toEqual({ queue: 'incoming', debtor: 'Иванов Назар', overdue: 'true' });
    const back = readFilters(parseLocation(hrefFor('enforcement', {}, query)).query);
    expect(back).toEqual({ queue: 'incoming', debtor: 'Иванов Назар', overdue: true, sort: '-registeredAt' });
  });

  it('ENF-2: tells an IIN/BIN from a name fragment the way the server does', () => {
    expect(normaliseDebtor('800101 300006')).toBe('800101300006');
    expect(normaliseDebtor('  ')).toBeUndefined();
    expect(normaliseDebtor('ТОО 12')).toBe('ТОО 12');
  });

  it('ENF-2: builds the GET /api/enforcement/proceedings query with keyset paging', () => {
    const filters = readFilters({ category: 'alimony', debtor: '940740000911', from: '2026-03-01', to: '2026-01-01' });
    expect(toProceedingQuery('notInitiated', filters)).toEqual({
      queue: 'notInitiated', category: 'alimony', debtor: '940740000911', from: '2026-01-01', to: '2026-03-01',
      sort: '-registeredAt', limit: 25,
    });
    const next = toProceedingQuery('notInitiated', { overdue: true, sort: 'registeredAt' }, 'c2');
    expect(withQuery('/api/enforcement/proceedings', next))
      .toBe('/api/enforcement/proceedings?queue=notInitiated&sort=registeredAt&limit=25&overdue=true&after=c2');
  });

  it('ENF-2: reloads the first page only when the query really changes', () => {
    const a = listKey('inExecution', { overdue: false, sort: '-registeredAt', debtor: 'Ivan' });
    expect(listKey('inExecution', { overdue: false, sort: '-registeredAt', debtor: ' Ivan ' })).toBe(a);
    expect(listKey('suspended', { overdue: false, sort: '-registeredAt', debtor: 'Ivan' })).not.toBe(a);
  });
});
