import { describe, expect, it } from 'vitest';
import { WRIT_BODY_LIMIT } from '../enforcement/routes';
import { erapFineItemSchema } from './fine-input';
import { MAX_FINES_PER_BATCH } from '@oryndau/contracts';
import { ERAP_BODY_LIMIT } from './routes';

// Kazakh letters take two bytes in UTF-8: the longest a valid fine can be.
const longest = (n: number) => 'Ә'.repeat(n);
const largestFine = {
  erapFineId: longest(64), debtorIin: longest(20), debtorName: longest(300), amount: longest(40), amountTiyn: Number.MAX_SAFE_INTEGER,
  caseOpenedOn: '2024-06-01', territoryKato: '311000000',
  decision: { number: longest(64), date: '2024-05-20', enteredIntoForceOn: '2024-05-31', article: longest(300), issuingBody: longest(300) },
};

describe('issue 11 item 8: integration body limits fit the real maximum', () => {
  it('issue 11 item 8 (SIMP-1): 10,000 fines at their longest fit under the ЕРАП limit, with a margin, and the limit is not far above it', () => {
    expect(erapFineItemSchema.safeParse(largestFine).success).toBe(true);
    const bytes = Buffer.byteLength(JSON.stringify({ fines: Array.from({ length: MAX_FINES_PER_BATCH }, () => largestFine) }));
    expect(bytes * 1.15).toBeLessThan(ERAP_BODY_LIMIT);
    expect(ERAP_BODY_LIMIT).toBeLessThan(bytes * 1.5);
  });

  it('issue 11 item 8 (ENF-11): a writ with a 15 MB court act fits under the writ limit', () => {
    const base64 = (bytes: number) => Math.ceil(bytes / 3) * 4;
    const writ = base64(15 * 1024 * 1024) + base64(512 * 1024) + 3 * base64(64 * 1024) + 1024;
    expect(writ).toBeLessThan(WRIT_BODY_LIMIT);
    expect(WRIT_BODY_LIMIT).toBeLessThan(40 * 1024 * 1024);
  });
});
