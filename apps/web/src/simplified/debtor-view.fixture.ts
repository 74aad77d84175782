import type { DebtorView } from './simplified-types.ts';

/** A debtor's view as the server sends it on the first day; tests override what they need. */
export function debtorViewFixture(overrides: Partial<DebtorView> = {}): DebtorView {
  return {
    caseId: 'c-1',
    erapFineId: 'ERAP-2026-000123',
    status: 'initiated',
    statusText: { kk: 'Қозғалды', ru: 'Возбуждено' },
    outcome: null,
    debtorName: 'Жақсыбеков А. С.',
    debtorIinMasked: '900515******',
    amountTiyn: 1_966_000,
    paidTiyn: 0,
    dueTiyn: 1_966_000,
    decision: { number: '2026-0001', date: '2026-02-20', article: '610 ч. 1', issuingBody: 'УАП ДП Жамбылской области' },
    caseOpenedOn: '2026-03-01',
    lastDay: '2026-03-06',
    expiresAt: '2026-03-06T19:00:00.000Z',
    serverNow: '2026-03-01T19:30:00.000Z',
    zone: 'Asia/Almaty',
    documents: [{
      kind: 'simp.initiation', documentId: 'd-1', title: { kk: 'Қозғау туралы қаулы', ru: 'Постановление о возбуждении' },
      url: '/api/public/simplified/tok/documents/d-1', verifyUrl: '/verify/d-1',
    }],
    actions: { pay: true, disagree: true },
    paymentState: 'none',
    proceeding: null,
    ...overrides,
  };
}
