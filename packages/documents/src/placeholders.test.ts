import { describe, expect, it } from 'vitest';
import { MISSING_VALUE, TEMPLATE_PLACEHOLDERS, TemplateTextError, fillTemplate, validateTemplateText } from './placeholders';

const REQUIRED_KEYS = [
  'proceeding.registrationNumber', 'proceeding.registrationDate', 'document.type', 'document.number', 'document.issueDate',
  'document.entryIntoForceDate', 'document.issuingBody', 'document.claimEssence', 'document.amount', 'debtor.name',
  'debtor.identifier', 'debtor.address', 'claimant.name', 'claimant.identifier', 'bailiff.name', 'bailiff.organisation',
  'act.date', 'act.ground', 'act.groundArticle', 'act.reason', 'act.targetDepartment', 'act.arrestDetails',
  'act.requestType', 'act.agency', 'system.today',
];

describe('placeholders', () => {
  it('ENF-6: the placeholder list has every required key once, described in kk and ru', () => {
    const keys = TEMPLATE_PLACEHOLDERS.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of REQUIRED_KEYS) expect(keys).toContain(key);
    for (const p of TEMPLATE_PLACEHOLDERS) {
      expect(p.description.kk.trim(), p.key).not.toBe('');
      expect(p.description.ru.trim(), p.key).not.toBe('');
    }
  });
});

describe('validateTemplateText', () => {
  it('ENF-6: accepts known placeholders with or without inner spaces', () => {
    expect(validateTemplateText('Должник: {{debtor.name}}, {{ debtor.identifier }}.')).toEqual({ ok: true });
  });

  it('ENF-6: reports an unknown placeholder once, by name, in kk and ru', () => {
    const result = validateTemplateText('{{debtor.nmae}} и снова {{ debtor.nmae }}; {{debtor.name}}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ code: 'unknown_placeholder', placeholder: 'debtor.nmae' });
    expect(result.errors[0]?.message.kk).toContain('debtor.nmae');
    expect(result.errors[0]?.message.ru).toContain('debtor.nmae');
  });

  it('ENF-6: reports unbalanced braces', () => {
    for (const text of ['Должник: {{debtor.name}', 'Должник: {debtor.name}}', 'Должник: {{debtor.name}}}', 'текст }} текст', '{{ {{debtor.name}} }}']) {
      const result = validateTemplateText(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.errors.map((e) => e.code), text).toContain('unbalanced_braces');
    }
  });

  it('ENF-6: reports an empty template and reports all problems at once', () => {
    expect(validateTemplateText('  \n ')).toMatchObject({ ok: false, errors: [{ code: 'empty' }] });
    const result = validateTemplateText('{{x.y}} {{debtor.name}');
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['unknown_placeholder', 'unbalanced_braces']);
  });
});

describe('fillTemplate', () => {
  it('ENF-6: replaces placeholders, tolerating whitespace inside the braces', () => {
    expect(fillTemplate('Борышкер: {{debtor.name}}, ЖСН {{ debtor.identifier }}.', { 'debtor.name': 'Әлиев Ә.', 'debtor.identifier': '850101300123' }))
      .toBe('Борышкер: Әлиев Ә., ЖСН 850101300123.');
  });

  it('ENF-6: a known placeholder without a value (or with a blank one) renders as an em dash', () => {
    expect(MISSING_VALUE).toBe('—');
    expect(fillTemplate('Адрес: {{debtor.address}}; причина: {{act.reason}}.', { 'act.reason': '  ' })).toBe('Адрес: —; причина: —.');
  });

  it('ENF-6: an unknown placeholder throws (templates are validated when saved)', () => {
    expect(() => fillTemplate('{{debtor.nmae}}', {})).toThrow(TemplateTextError);
    expect(() => fillTemplate('{{debtor.name}', { 'debtor.name': 'X' })).toThrow(TemplateTextError);
  });

  it('ENF-6: values are inserted verbatim, never expanded again', () => {
    expect(fillTemplate('{{debtor.name}} / {{claimant.name}}', { 'debtor.name': '{{claimant.name}}', 'claimant.name': 'ТОО «Ай»' }))
      .toBe('{{claimant.name}} / ТОО «Ай»');
  });

  it('ENF-6: inherited object keys are not values', () => {
    expect(fillTemplate('{{debtor.name}}', Object.create({ 'debtor.name': 'прототип' }) as Record<string, string>)).toBe('—');
  });
});
