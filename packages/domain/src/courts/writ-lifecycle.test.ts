import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  WRIT_ACTIONS, WRIT_ENFORCEMENT_STATUSES, WRIT_STATUSES, WRIT_STATUS_OF_WIRE, WRIT_STATUS_TEXTS, WRIT_TRANSITIONS, decideWrit, nextWritStatus,
  signingAction, writActionOfStatus,
} from './writ-lifecycle';
import { assertActExecutable, minorToDecimal, writAddressee, writCategory, writNumber } from './writ-preparation';

describe('FILE-16, ENF-11: the writ\'s transition table', () => {
  it('FILE-16: draft → signing → signed → sent → registered, then the bailiff\'s statuses in any order until completed', () => {
    let state = { status: 'draft' as const, version: 1 } as { status: (typeof WRIT_STATUSES)[number]; version: number };
    state = decideWrit(state, signingAction({ judge: true, secretary: false, actCopy: false }));
    expect(state).toEqual({ status: 'signing', version: 2 });
    state = decideWrit(state, signingAction({ judge: true, secretary: true, actCopy: true }));
    expect(state.status).toBe('signed');
    state = decideWrit(state, 'send');
    state = decideWrit(state, 'register');
    expect(state).toEqual({ status: 'registered', version: 5 });
    for (const status of ['taken_for_execution', 'suspended', 'taken_for_execution', 'completed'] as const) {
      state = decideWrit(state, writActionOfStatus(status));
      expect(state.status).toBe(status);
    }
    expect(() => decideWrit(state, 'suspend')).toThrow(DomainError);
  });

  it('FILE-16: nothing moves a refused or completed writ; a sent one is not signed again', () => {
    for (const action of WRIT_ACTIONS) {
      expect(nextWritStatus('refused', action)).toBeUndefined();
      expect(nextWritStatus('completed', action)).toBeUndefined();
    }
    expect(() => decideWrit({ status: 'sent', version: 4 }, 'sign')).toThrow(expect.objectContaining({ code: 'courts.writ_transition_forbidden' }));
  });

  it('ENF-11: every wire status of enforcement\'s feed maps to a status of the writ, every status has kk and ru words', () => {
    for (const status of Object.values(WRIT_STATUS_OF_WIRE)) expect(WRIT_STATUSES).toContain(status);
    expect(WRIT_STATUS_OF_WIRE.refused).toBe('initiation_refused');
    for (const status of WRIT_STATUSES) {
      expect(WRIT_STATUS_TEXTS[status].kk).not.toBe(WRIT_STATUS_TEXTS[status].ru);
      expect(Object.keys(WRIT_TRANSITIONS)).toContain(status);
    }
    for (const status of WRIT_ENFORCEMENT_STATUSES) expect(nextWritStatus('registered', writActionOfStatus(status))).toBe(status);
  });

  it('X-1, ENF-11: no two statuses read alike in either language — "sent" and "taken for execution" stay apart in Kazakh too', () => {
    for (const lang of ['kk', 'ru'] as const) {
      expect(new Set(WRIT_STATUSES.map((status) => WRIT_STATUS_TEXTS[status][lang])).size).toBe(WRIT_STATUSES.length);
    }
    // «Орындалуға жіберілді» (sent to be executed) was the text of "taken for execution": the same words as "sent".
    expect(WRIT_STATUS_TEXTS.taken_for_execution.kk).not.toMatch(/жіберілді/);
    expect(WRIT_STATUS_TEXTS.taken_for_execution.ru).not.toMatch(/направлен/i);
  });
});

describe('FILE-16, §51, §54: preparation', () => {
  const signed = { status: 'signed', immediateExecution: false, inForceAt: null };
  it('FILE-16 §51: an act not in force is refused, unless it is for immediate execution', () => {
    expect(() => assertActExecutable(signed)).toThrow(expect.objectContaining({ code: 'courts.writ_act_not_in_force' }));
    expect(() => assertActExecutable({ ...signed, status: 'draft', immediateExecution: true })).toThrow(DomainError);
    expect(() => assertActExecutable({ ...signed, immediateExecution: true })).not.toThrow();
    expect(() => assertActExecutable({ ...signed, inForceAt: new Date('2026-03-20T05:00:00Z') })).not.toThrow();
  });

  it('FILE-16 §54, ENF-12: the addressee follows the category by the distribution rules', () => {
    expect(writCategory({ form: 'civil', firstClaimantKind: 'individual' })).toBe('citizens');
    expect(writCategory({ form: 'civil', firstClaimantKind: 'legal_entity' })).toBe('legal_entities');
    expect(writCategory({ form: 'criminal', firstClaimantKind: 'individual' })).toBe('criminal_sentence');
    expect(writCategory({ form: 'civil', firstClaimantKind: 'individual', requested: 'alimony' })).toBe('alimony');
    expect(() => writCategory({ form: 'civil', firstClaimantKind: 'individual', requested: 'lottery' }))
      .toThrow(expect.objectContaining({ code: 'courts.writ_category_unknown' }));
    expect(writAddressee('citizens')).toBe('private');
    expect(writAddressee('state_collection')).toBe('state');
    expect(writAddressee('criminal_sentence')).toBe('state');
  });

  it('FILE-16: the sum as the card writes it, and the writ number', () => {
    expect(minorToDecimal(50_000_000)).toBe('500000');
    expect(minorToDecimal(12_345_678)).toBe('123456.78');
    expect(minorToDecimal(5)).toBe('0.05');
    expect(() => minorToDecimal(0)).toThrow(DomainError);
    expect(writNumber('7194-26-00-2/15', 1)).toBe('7194-26-00-2/15/1');
  });
});
