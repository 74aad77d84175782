import { describe, expect, it } from 'vitest';
import { licenceNumberFromPath, licensingReturnId } from './licence-verify-path.ts';

describe('LIC-8: the licence PDF\'s QR address opens the public licence page', () => {
  it('LIC-8: reads the number from /verify/licence/<number> (encoded Cyrillic) and nothing else', () => {
    expect(licenceNumberFromPath(`/verify/licence/${encodeURIComponent('ЧСИ-00001001')}`)).toBe('ЧСИ-00001001');
    expect(licenceNumberFromPath('/verify/licence/ЧСИ-00001001/')).toBe('ЧСИ-00001001');
    expect(licenceNumberFromPath('/verify/abc')).toBeNull();
    expect(licenceNumberFromPath('/verify/licence/')).toBeNull();
    expect(licenceNumberFromPath('/verify/licence/%E0%A4%A')).toBeNull();
  });

  it('LIC-2: the payment gateway\'s return address /cabinet/licensing/<id> names the application', () => {
    expect(licensingReturnId('/cabinet/licensing/0b6c1f7e-9a3d-4c55-8f51-2f6b1f0e7a11')).toBe('0b6c1f7e-9a3d-4c55-8f51-2f6b1f0e7a11');
    expect(licensingReturnId('/cabinet/licensing/x y')).toBeNull();
    expect(licensingReturnId('/cabinet/filings/0b6c1f7e-9a3d-4c55-8f51-2f6b1f0e7a11')).toBeNull();
  });
});
