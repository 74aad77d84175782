import { LOCALES } from '@oryndau/kz';
import { describe, expect, it } from 'vitest';
import { checkEligibility } from './eligibility';
import { SIMPLIFIED_ACTIONS, SIMPLIFIED_STATUSES, type SimplifiedAction, type SimplifiedStatus } from './events';
import { intakeCommand } from './intake-command';
import {
  SIMPLIFIED_STATUS_TEXTS, SIMPLIFIED_TRANSITIONS, allowedSimplifiedActions, decide, nextSimplifiedStatus, type SimplifiedCommand,
} from './lifecycle';
import type { SimplifiedCase } from './simplified-case';
import { DomainError, ERROR_CODES } from '../errors';
import { MESSAGE_CATALOGS, hasMessage, translate } from '../i18n/messages';
import { AMOUNT, EXPIRES, HOUR, T0, after, initiated, ok, received } from './test-fixtures';

/** A case in each status, reached through decide itself. */
function inStatus(status: SimplifiedStatus): SimplifiedCase {
  switch (status) {
    case 'received': return received();
    case 'initiated': return initiated();
    case 'terminated': return ok(initiated(), { action: 'pay', paymentId: 'pay-0', amountTiyn: AMOUNT, paidAt: after(HOUR) }, after(HOUR)).state;
    case 'cancelled': return ok(initiated(), { action: 'disagree' }, after(HOUR)).state;
    case 'ordinary': return ok(received(), { action: 'routeToOrdinary', cause: 'no_phone' }, T0).state;
  }
}

/** A valid command for an action, at an instant where its guard holds. */
function commandFor(action: SimplifiedAction): { command: SimplifiedCommand; now: Date } {
  switch (action) {
    case 'initiate': return { command: { action, phone: '+77011234567' }, now: after(2 * HOUR) };
    case 'routeToOrdinary': return { command: { action, cause: 'ineligible', reasons: ['simplified.after_pilot'] }, now: after(2 * HOUR) };
    case 'pay': return { command: { action, paymentId: 'pay-1', amountTiyn: AMOUNT, paidAt: after(2 * HOUR) }, now: after(2 * HOUR) };
    case 'disagree': return { command: { action }, now: after(2 * HOUR) };
    case 'expire': return { command: { action }, now: EXPIRES };
  }
}

describe('SIMP-2..SIMP-6: transition table, every cell', () => {
  for (const status of SIMPLIFIED_STATUSES) {
    for (const action of SIMPLIFIED_ACTIONS) {
      const to = nextSimplifiedStatus(status, action);
      const { command, now } = commandFor(action);
      if (to !== undefined) {
        it(`SIMP-2..6: ${status} --${action}--> ${to} is allowed`, () => {
          const before = inStatus(status);
          const result = ok(before, command, now);
          expect(result.state.status).toBe(to);
          expect(result.state.version).toBe(before.version + 1);
          expect(result.replay).toBe(false);
          expect(result.events.length).toBeGreaterThan(0);
        });
      } else {
        it(`SIMP-2..6: ${status} --${action}--> is refused`, () => {
          const result = decide(inStatus(status), command, now);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.error).toBeInstanceOf(DomainError);
          expect(result.error.code).toBe('simplified.transition_forbidden');
          expect(result.error.details).toEqual({ from: status, action });
          expect(translate('ru', 'error.simplified.transition_forbidden')).toMatch(/невозможно/);
        });
      }
    }
  }

  it('SIMP-2..6: the table is what allowedSimplifiedActions reports', () => {
    expect(allowedSimplifiedActions('received')).toEqual(['initiate', 'routeToOrdinary']);
    expect(allowedSimplifiedActions('initiated')).toEqual(['pay', 'disagree', 'expire']);
    for (const status of ['terminated', 'cancelled', 'ordinary'] as const) expect(allowedSimplifiedActions(status)).toEqual(['pay']);
    expect(Object.keys(SIMPLIFIED_TRANSITIONS)).toEqual([...SIMPLIFIED_STATUSES]);
  });
});

describe('SIMP-2: initiation', () => {
  it('SIMP-2: initiating schedules the 5-day timer, asks for the SMS and tells ЕРАП "initiated"', () => {
    const result = ok(received(), { action: 'initiate', phone: ' +77011234567 ' }, T0);
    expect(result.state).toMatchObject({ status: 'initiated', initiatedAt: T0, deadline: { zone: 'Asia/Almaty', lastDay: '2025-06-15' } });
    expect(result.state.deadline?.expiresAt).toEqual(EXPIRES);
    expect(result.events).toEqual([
      { type: 'simplified.transitioned', caseId: 'case-1', action: 'initiate', from: 'received', to: 'initiated', at: T0, outcome: null, resolution: 'simp.initiation' },
      { type: 'simplified.erap_status', caseId: 'case-1', erapFineId: 'erap-1', status: 'initiated', at: T0 },
      { type: 'simplified.sms_requested', caseId: 'case-1', phone: '+77011234567', amountTiyn: AMOUNT, lastDay: '2025-06-15' },
      { type: 'simplified.deadline_scheduled', caseId: 'case-1', dueAt: EXPIRES },
    ]);
  });

  it('SIMP-2: no phone, no initiation', () => {
    const result = decide(received(), { action: 'initiate', phone: '  ' }, T0);
    expect(result.ok ? null : result.error.code).toBe('simplified.phone_required');
  });

  it('SIMP-1/SIMP-2: ineligible or phoneless fines go to automatic distribution with the cause', () => {
    const ineligible = ok(received(), { action: 'routeToOrdinary', cause: 'ineligible', reasons: ['simplified.debtor_not_individual'] }, T0);
    expect(ineligible.state).toMatchObject({ status: 'ordinary', outcome: 'ineligible', ineligibleReasons: ['simplified.debtor_not_individual'] });
    expect(ineligible.events[1]).toEqual({
      type: 'simplified.sent_to_distribution', caseId: 'case-1', erapFineId: 'erap-1', cause: 'ineligible', reasons: ['simplified.debtor_not_individual'], at: T0,
    });
    const noPhone = ok(received(), { action: 'routeToOrdinary', cause: 'no_phone' }, T0);
    expect(noPhone.events[1]).toMatchObject({ cause: 'no_phone', reasons: [] });
    expect(noPhone.events[0]).toMatchObject({ resolution: null });
  });

  it('SIMP-1/SIMP-2: intakeCommand routes ineligible first, then asks for the phone, then initiates', () => {
    const bad = checkEligibility({ debtorIin: '940140000385', amountTiyn: AMOUNT, caseOpenedOn: '2024-05-10', territoryKato: '311010000' });
    expect(intakeCommand(bad, '+77011234567')).toEqual({ action: 'routeToOrdinary', cause: 'ineligible', reasons: ['simplified.debtor_not_individual'] });
    expect(intakeCommand({ eligible: true }, undefined)).toBe('lookup_phone');
    expect(intakeCommand({ eligible: true }, null)).toEqual({ action: 'routeToOrdinary', cause: 'no_phone' });
    expect(intakeCommand({ eligible: true }, '+77011234567')).toEqual({ action: 'initiate', phone: '+77011234567' });
  });
});

describe('SIMP-5/SIMP-6: cancellation', () => {
  it('SIMP-5: the expiry timer cancels at the exclusive end, not a millisecond earlier', () => {
    const early = decide(initiated(), { action: 'expire' }, after(-1, EXPIRES));
    expect(early.ok ? null : early.error.code).toBe('simplified.deadline_not_reached');
    const result = ok(initiated(), { action: 'expire' }, EXPIRES);
    expect(result.state).toMatchObject({ status: 'cancelled', outcome: 'expired', closedAt: EXPIRES });
    expect(result.events.map((e) => e.type)).toEqual([
      'simplified.transitioned', 'simplified.deadline_cleared', 'simplified.erap_status', 'simplified.sent_to_distribution',
    ]);
    expect(result.events[0]).toMatchObject({ resolution: 'simp.cancellation', outcome: 'expired' });
    expect(result.events[2]).toMatchObject({ status: 'cancelled' });
    expect(result.events[3]).toMatchObject({ cause: 'expired' });
  });

  it('SIMP-5: a timer that fires after the case was paid is refused (the worker marks it done)', () => {
    const result = decide(inStatus('terminated'), { action: 'expire' }, EXPIRES);
    expect(result.ok ? null : result.error.code).toBe('simplified.transition_forbidden');
  });

  it('SIMP-6: "Не согласен" cancels at once and sends the document to distribution', () => {
    const result = ok(initiated(), { action: 'disagree' }, after(HOUR));
    expect(result.state).toMatchObject({ status: 'cancelled', outcome: 'disagreed' });
    expect(result.events[3]).toMatchObject({ type: 'simplified.sent_to_distribution', cause: 'disagreed' });
    const again = decide(result.state, { action: 'disagree' }, after(2 * HOUR));
    expect(again.ok ? null : again.error.code).toBe('simplified.transition_forbidden');
  });

  it('SIMP-2..6: an instant before the last change is refused as a clock bug', () => {
    const result = decide(initiated(), { action: 'disagree' }, after(-1));
    expect(result.ok ? null : result.error.code).toBe('time_before_last_change');
  });
});

describe('SIMP-4: status and error texts', () => {
  it('SIMP-4: statuses read "Прекращено" and "Отменено" as in seed 001 §3, in kk and ru', () => {
    expect(SIMPLIFIED_STATUS_TEXTS.terminated.ru).toBe('Прекращено');
    expect(SIMPLIFIED_STATUS_TEXTS.cancelled.ru).toBe('Отменено');
    for (const status of SIMPLIFIED_STATUSES) for (const locale of LOCALES) expect(SIMPLIFIED_STATUS_TEXTS[status][locale].trim()).not.toBe('');
  });

  it('SIMP-2..6, issue 11 item 7: every simplified error code is a shared ErrorCode with its own kk and ru text', () => {
    const codes = ERROR_CODES.filter((c) => c.startsWith('simplified.'));
    expect(codes).toEqual(expect.arrayContaining(['simplified.transition_forbidden', 'simplified.phone_required',
      'simplified.deadline_not_reached', 'simplified.payment_conflict', 'simplified.payment_invalid']));
    for (const code of codes) {
      const key = `error.${code}`;
      expect(hasMessage(key), code).toBe(true);
      if (!hasMessage(key)) continue;
      for (const locale of LOCALES) expect(MESSAGE_CATALOGS[locale][key].trim(), code).not.toBe('');
    }
  });
});
