import { describe, expect, it } from 'vitest';
import type { Action, AvailableAction, Template } from '../api/enforcement-types.ts';
import { lookupKey } from '../i18n/catalog.ts';
import { kk } from '../i18n/kk.ts';
import { ru } from '../i18n/ru.ts';
import {
  actionTemplates, arrestTemplates, buttonLabelKey, cardButtons, endingActions, endingLabelKey, parameterisedTemplates, pickableTemplates,
  templateFor,
} from './act-kinds.ts';

const available = (action: Action, templateCode: string = actionTemplates[action]): AvailableAction =>
  ({ action, templateCode, groundKinds: [], needsApproval: false });

describe('SIG-1, ENF-3…ENF-8: card actions and their acts', () => {
  it('ENF-3/4/5/8: maps each action to the template of docs/api.md', () => {
    expect(actionTemplates).toEqual({
      initiate: 'enf.initiation', refuse: 'enf.refusal', suspend: 'enf.suspension', resume: 'enf.resumption',
      terminate: 'enf.termination', returnToClaimant: 'enf.return', recall: 'enf.recall',
      confirmExecution: 'enf.execution_confirmed', transfer: 'enf.transfer',
    });
    expect(arrestTemplates).toEqual({ accounts: 'enf.arrest_accounts', property: 'enf.arrest_property', travel: 'enf.travel_restriction' });
    expect(parameterisedTemplates.has('enf.arrest_lift')).toBe(true);
    expect(parameterisedTemplates.has('enf.request')).toBe(false);
  });

  it('ENF-3: prefers the template the server offers', () => {
    expect(templateFor(available('initiate', 'enf.initiation.private'))).toBe('enf.initiation.private');
    expect(templateFor(available('initiate', ''))).toBe('enf.initiation');
  });

  it('ENF-3: a registered proceeding shows refusal left of initiation, as in the 2015 screens', () => {
    expect(cardButtons([available('initiate'), available('refuse')]).map((b) => b.key)).toEqual(['refuse', 'initiate']);
  });

  it('ENF-4: the three ways of ending share one «Окончить» button; confirming execution keeps its own', () => {
    const buttons = cardButtons([
      available('transfer'), available('recall'), available('confirmExecution'), available('terminate'),
      available('suspend'), available('returnToClaimant'),
    ]);
    expect(buttons.map((b) => b.key)).toEqual(['suspend', 'end', 'transfer', 'confirmExecution']);
    expect(buttons.find((b) => b.key === 'end')?.actions.map((a) => a.action)).toEqual(['recall', 'terminate', 'returnToClaimant']);
  });

  it('ENF-5: a suspended proceeding offers resume and end only when the server says so', () => {
    expect(cardButtons([available('resume'), available('terminate')]).map((b) => b.key)).toEqual(['resume', 'end']);
    expect(cardButtons([])).toEqual([]);
  });

  it('ENF-10: every button and ending choice is labelled in kk and ru with the seed names', () => {
    const keys = [...(['refuse', 'initiate', 'suspend', 'resume', 'end', 'transfer', 'confirmExecution'] as const).map(buttonLabelKey),
      ...endingActions.map(endingLabelKey)];
    for (const key of keys) {
      expect(lookupKey(kk, key), key).toBeTruthy();
      expect(lookupKey(ru, key), key).toBeTruthy();
    }
    expect(lookupKey(ru, buttonLabelKey('initiate'))).toBe('Возбудить исполнительное производство');
    expect(lookupKey(ru, buttonLabelKey('refuse'))).toBe('Отказать в возбуждении');
    expect(lookupKey(ru, buttonLabelKey('end'))).toBe('Окончить');
    expect(lookupKey(ru, buttonLabelKey('transfer'))).toBe('Направить по территории');
    expect(lookupKey(ru, buttonLabelKey('confirmExecution'))).toBe('Подтвердить исполнение');
    expect(lookupKey(kk, buttonLabelKey('initiate'))).toBe('Атқарушылық іс жүргізуді қозғау');
    expect(lookupKey(kk, buttonLabelKey('refuse'))).toBe('Қозғаудан бас тарту');
  });

  it('ENF-6: «Шаблоны документов» offers free resolutions and requests, not the templates behind the card buttons', () => {
    const tpl = (code: string, category: Template['category']): Template =>
      ({ code, category, version: 1, kind: 'x', needsApproval: false, title: { kk: code, ru: code }, body: { kk: '', ru: '' } });
    const all = [tpl('enf.initiation', 'resolution'), tpl('enf.search_debtor', 'resolution'), tpl('enf.arrest_lift', 'resolution'),
      tpl('enf.request', 'request')];
    expect(pickableTemplates(all, 'resolution').map((t) => t.code)).toEqual(['enf.search_debtor']);
    expect(pickableTemplates(all, 'request').map((t) => t.code)).toEqual(['enf.request']);
  });
});
