import { describe, expect, it } from 'vitest';
import { OPEN_VERIFY, verifyIdFromPath } from './verify-path.ts';

describe('SIG-6: the QR code\'s address opens the public page', () => {
  it('reads the document id from /verify/<id>', () => {
    expect(verifyIdFromPath('/verify/0b6c1f7e-9a3d-4c55-8f51-2f6b1f0e7a11')).toBe('0b6c1f7e-9a3d-4c55-8f51-2f6b1f0e7a11');
    expect(verifyIdFromPath('/verify/abc/')).toBe('abc');
    expect(verifyIdFromPath('/')).toBeNull();
    expect(verifyIdFromPath('/verify/a/b')).toBeNull();
  });

  it('ISSUE-13 item 2: /verify without an id is the open page where a PDF is dropped', () => {
    expect(verifyIdFromPath('/verify')).toBe(OPEN_VERIFY);
    expect(verifyIdFromPath('/verify/')).toBe(OPEN_VERIFY);
    expect(verifyIdFromPath('/verifyx')).toBeNull();
    expect(verifyIdFromPath('/verify/a/b')).toBeNull();
    expect(verifyIdFromPath('/verify/%E0%A4%A')).toBeNull();
  });
});
