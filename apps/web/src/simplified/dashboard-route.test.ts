import { describe, expect, it } from 'vitest';
import { canOpen } from '../app-nav.tsx';
import { hrefFor, parseHash } from '../router/hash-router.ts';

describe('SIMP-1: the pilot dashboard\'s page and who may open it', () => {
  it('has its own hash route that parses back', () => {
    expect(parseHash('#/simplified/dashboard')).toBe('simplifiedDashboard');
    expect(parseHash(hrefFor('simplifiedDashboard'))).toBe('simplifiedDashboard');
    expect(parseHash('#/simplified')).toBe('notFound');
  });

  it('is for administrators and senior bailiffs only', () => {
    expect(canOpen('simplifiedDashboard', ['admin'], false)).toBe(true);
    expect(canOpen('simplifiedDashboard', ['senior_bailiff'], false)).toBe(true);
    for (const role of ['state_bailiff', 'private_bailiff', 'judge', 'court_office', 'licensing_officer', 'citizen']) {
      expect(canOpen('simplifiedDashboard', [role], true), role).toBe(false);
    }
  });
});
