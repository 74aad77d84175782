import { describe, expect, it } from 'vitest';
import { actions, queueNames, statuses } from '../api/enforcement-types.ts';
import { lookupKey } from '../i18n/catalog.ts';
import { kk } from '../i18n/kk.ts';
import { ru } from '../i18n/ru.ts';
import { cardTabs } from './card/card-tabs.ts';
import { currencies } from './entry/currencies.ts';

// keys-used.test.ts sees only literal t('…') keys; these are built from
// values the server sends (`enf.status.${status}`), so every value is listed.
const each = (prefix: string, values: readonly string[]) => values.map((v) => `${prefix}.${v}`);

const dynamicKeys = [
  ...each('enf.queue', queueNames),
  ...each('enf.status', statuses),
  ...each('enf.actStatus', ['draft', 'awaiting_approval', 'applied', 'returned', 'rejected']),
  ...each('enf.requestStatus', ['draft', 'signed', 'sending', 'sent', 'answered', 'failed']),
  ...each('enf.tab', cardTabs),
  ...each('enf.groundKind', ['refusal', 'suspension_mandatory', 'suspension_optional', 'termination', 'return']),
  ...each('enf.arrests.kinds', ['accounts', 'property', 'travel']),
  ...each('enf.arrests.new', ['accounts', 'property', 'travel']),
  ...each('enf.arrests.statuses', ['active', 'lifted']),
  ...each('enf.property.kinds', ['bank_account', 'real_estate', 'vehicle', 'other']),
  ...each('enf.property.statuses', ['arrested', 'released']),
  ...each('enf.property.identifierHint', ['accounts', 'property', 'travel']),
  ...each('enf.bailiffKind', ['state', 'private']),
  ...each('enf.partyKind', ['individual', 'legal_entity']),
  ...each('enf.parties', ['debtor', 'claimant']),
  ...each('enf.entry.add', ['debtor', 'claimant']),
  ...each('enf.entry', ['debtorRequired', 'claimantRequired']),
  ...each('enf.dist.kinds', ['automatic', 'manual']),
  ...each('enf.doc.arrival', ['first', 'repeated']),
  ...each('enf.doc.sourceKind', ['manual', 'court', 'erap']),
  ...each('enf.docs.categories', ['resolution', 'request']),
  ...each('enf.tasks.kinds', ['initiation', 'voluntary_execution', 'execution_term']),
  ...each('enf.tasks.statuses', ['open', 'done', 'cancelled']),
  ...each('enf.currency', currencies),
  ...each('enf.validation', ['iinFormat', 'iinChecksum', 'binFormat', 'binChecksum']),
];

describe('X-1, ENF-2, ENF-10: labels built from server values exist in kk and ru', () => {
  it('ENF-10: has kk and ru text for every status, queue, tab and kind', () => {
    const missing = dynamicKeys.filter((key) => lookupKey(kk, key) === undefined || lookupKey(ru, key) === undefined);
    expect(missing).toEqual([]);
    expect(actions).toHaveLength(9);
  });

  it('ENF-2, ENF-10: uses the seed names for queues and tabs', () => {
    expect(cardTabs.map((tab) => lookupKey(ru, `enf.tab.${tab}`))).toEqual([
      'Исполнительный документ', 'Стороны исполнительного производства', 'Запросы', 'Аресты', 'Документация', 'Задачи',
      'Арестованное имущество',
    ]);
    expect(cardTabs.map((tab) => lookupKey(kk, `enf.tab.${tab}`))).toEqual([
      'Атқарушылық құжат', 'Атқарушылық іс жүргізу тараптары', 'Сұраулар', 'Тыйым салулар', 'Құжаттама', 'Тапсырмалар',
      'Тыйым салынған мүлік',
    ]);
    expect(lookupKey(ru, 'enf.queue.incoming')).toBe('Входящие');
    expect(lookupKey(ru, 'enf.queue.notInitiated')).toBe('Не возбужденные');
    expect(lookupKey(ru, 'enf.queue.inExecution')).toBe('На исполнении');
    expect(lookupKey(ru, 'enf.queue.forApproval')).toBe('Входящие/Уведомления');
    expect(lookupKey(ru, 'enf.act.generate')).toBe('Сформировать и перейти');
    expect(lookupKey(kk, 'enf.act.generate')).toBe('Қалыптастыру және өту');
    expect(lookupKey(ru, 'enf.docs.sign')).toBe('Подписать документ');
    expect(lookupKey(kk, 'enf.docs.sign')).toBe('Құжатқа қол қою');
  });
});
