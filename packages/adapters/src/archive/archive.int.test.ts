import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_TIMEOUT_MS, expectAdapterError, startAdapterFixture, type AdapterFixture } from '../testing/fixture';
import type { DepositPackageInput } from './port';

let fx: AdapterFixture;
beforeAll(async () => {
  fx = await startAdapterFixture();
});
afterAll(async () => fx.close());
beforeEach(() => fx.sims.control.resetFaults());

const bytes = (text: string) => new TextEncoder().encode(text);
let refs = 0;
const pkg = (): DepositPackageInput => ({
  packageRef: `case-${++refs}`,
  caseNumber: '7585-24-00-2/101',
  title: { kk: 'Азаматтық іс', ru: 'Гражданское дело' },
  metadata: { court: 'Тараз қалалық соты', inventorySignedBy: 'Сүлейменова Ә.' },
  retentionYears: 75,
  files: [
    { filename: 'шешім.pdf', contentType: 'application/pdf', content: bytes('%PDF-1.4 decision') },
    { filename: 'опись.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: new Uint8Array([0, 255, 1, 254]) },
  ],
});

describe('electronic archive adapter over HTTP', () => {
  it('FILE-17 ENP-10: deposits a case package and fetches it back byte for byte', async () => {
    const input = pkg();
    const receipt = await fx.adapters.archive.deposit(input);
    expect(receipt.files.map((f) => f.filename)).toEqual(['шешім.pdf', 'опись.xlsx']);
    const fetched = await fx.adapters.archive.getPackage(receipt.archiveId);
    expect(fetched).toMatchObject({ caseNumber: input.caseNumber, title: input.title, metadata: input.metadata, retentionYears: 75 });
    expect(fetched.files.map((f) => f.content)).toEqual(input.files.map((f) => f.content));
  });

  it('FILE-17: depositing the same package twice stores it once', async () => {
    const input = pkg();
    const a = await fx.adapters.archive.deposit(input);
    const b = await fx.adapters.archive.deposit(input);
    expect(b.archiveId).toBe(a.archiveId);
    expect(fx.sims.control.archive.packages().filter((p) => p.packageRef === input.packageRef)).toHaveLength(1);
  });

  it('FILE-17: a file corrupted in storage is refused as bad_response, never handed out', async () => {
    const receipt = await fx.adapters.archive.deposit(pkg());
    fx.sims.control.archive.corruptFile(receipt.archiveId, 0);
    await expectAdapterError(fx.adapters.archive.getPackage(receipt.archiveId), 'bad_response');
  });

  it('FILE-17: unknown archive id → not_found', async () => {
    await expectAdapterError(fx.adapters.archive.getPackage('no-such-package'), 'not_found');
  });

  it('X-5: injected 503 → unavailable', async () => {
    fx.sims.control.failNext('archive', 'unavailable');
    await expectAdapterError(fx.adapters.archive.deposit(pkg()), 'unavailable');
  });

  it('X-5: latency beyond the client timeout → timeout', async () => {
    fx.sims.control.setLatency('archive', TEST_TIMEOUT_MS * 2);
    await expectAdapterError(fx.adapters.archive.deposit(pkg()), 'timeout');
  });
});
