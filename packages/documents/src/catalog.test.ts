import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, templateByCode } from './catalog';
import { validateTemplateText } from './placeholders';
import type { ResolutionTemplate } from './templates';

const REQUIRED: Record<string, { kind: ResolutionTemplate['kind']; needsApproval: boolean }> = {
  'enf.initiation': { kind: 'initiation', needsApproval: false },
  'enf.refusal': { kind: 'refusal', needsApproval: false },
  'enf.suspension': { kind: 'suspension', needsApproval: false },
  'enf.resumption': { kind: 'resumption', needsApproval: false },
  'enf.termination': { kind: 'termination', needsApproval: true },
  'enf.return': { kind: 'return', needsApproval: true },
  'enf.recall': { kind: 'recall', needsApproval: true },
  'enf.execution_confirmed': { kind: 'execution_confirmed', needsApproval: true },
  'enf.transfer': { kind: 'transfer', needsApproval: true },
  'enf.arrest_accounts': { kind: 'arrest_accounts', needsApproval: false },
  'enf.arrest_property': { kind: 'arrest_property', needsApproval: false },
  'enf.arrest_lift': { kind: 'arrest_lift', needsApproval: false },
  'enf.travel_restriction': { kind: 'travel_restriction', needsApproval: true },
  'enf.request': { kind: 'request', needsApproval: false },
};

// Letters of the Kazakh alphabet that Russian does not have.
const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

describe('default template catalog', () => {
  it('ENF-6: every required template code exists once, as version 1', () => {
    for (const code of Object.keys(REQUIRED)) {
      expect(DEFAULT_TEMPLATES.filter((t) => t.code === code), code).toHaveLength(1);
      expect(templateByCode(code)?.version).toBe(1);
    }
    expect(new Set(DEFAULT_TEMPLATES.map((t) => t.code)).size).toBe(DEFAULT_TEMPLATES.length);
  });

  it('ENF-6: kinds and categories — resolutions are "Постановление", the request is "Запрос"', () => {
    for (const [code, expected] of Object.entries(REQUIRED)) {
      const template = templateByCode(code);
      expect(template?.kind, code).toBe(expected.kind);
      expect(template?.category, code).toBe(code === 'enf.request' ? 'request' : 'resolution');
    }
  });

  it('ENF-9: endings, transfer and the travel ban need a senior bailiff\'s approval; the rest do not', () => {
    for (const [code, expected] of Object.entries(REQUIRED)) {
      expect(templateByCode(code)?.needsApproval, code).toBe(expected.needsApproval);
    }
  });

  it('ENF-9: a template that needs approval says so in its text, in both languages', () => {
    for (const template of DEFAULT_TEMPLATES.filter((t) => t.needsApproval)) {
      expect(template.body.ru, template.code).toContain('старшим судебным исполнителем');
      expect(template.body.kk, template.code).toContain('аға сот орындаушысының');
    }
  });

  it('ENF-6: every title and body exists in kk and ru, and the Kazakh texts are written with Kazakh letters', () => {
    for (const template of DEFAULT_TEMPLATES) {
      for (const locale of ['kk', 'ru'] as const) {
        expect(template.title[locale].trim(), `${template.code} title ${locale}`).not.toBe('');
        expect(template.body[locale].trim().length, `${template.code} body ${locale}`).toBeGreaterThan(200);
      }
      expect(template.title.kk, template.code).toMatch(KAZAKH_ONLY);
      expect(template.body.kk, template.code).toMatch(KAZAKH_ONLY);
      expect(template.title.kk, template.code).not.toBe(template.title.ru);
      // Russian text must not carry Kazakh letters (a sign of a mixed-up locale).
      expect(template.body.ru, template.code).not.toMatch(KAZAKH_ONLY);
    }
  });

  it('ENF-6: every default template validates (no unknown placeholders, braces balanced)', () => {
    for (const template of DEFAULT_TEMPLATES) {
      for (const locale of ['kk', 'ru'] as const) {
        expect(validateTemplateText(template.body[locale]), `${template.code} ${locale}`).toEqual({ ok: true });
        expect(validateTemplateText(template.title[locale]), `${template.code} title ${locale}`).toEqual({ ok: true });
      }
    }
  });

  it('ENF-6: kk and ru bodies use the same placeholders, so both renderings carry the same facts', () => {
    const keys = (text: string) => [...new Set([...text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((m) => m[1]))].sort();
    for (const template of DEFAULT_TEMPLATES) {
      expect(keys(template.body.kk), template.code).toEqual(keys(template.body.ru));
    }
  });

  it('ENF-6: resolutions cite Law No. 261-IV of 2 April 2010 in both languages', () => {
    for (const template of DEFAULT_TEMPLATES) {
      expect(template.body.ru, template.code).toContain('от 2 апреля 2010 года № 261-IV «Об исполнительном производстве и статусе судебных исполнителей»');
      expect(template.body.kk, template.code).toContain('2010 жылғы 2 сәуірдегі № 261-IV «Атқарушылық іс жүргізу және сот орындаушыларының мәртебесі туралы» Заң');
    }
  });

  it('ENF-6: templateByCode picks the newest version from an administrator\'s list and is undefined for an unknown code', () => {
    const base = templateByCode('enf.initiation');
    if (!base) throw new Error('missing enf.initiation');
    const v2 = { ...base, version: 2, title: { kk: 'Жаңа', ru: 'Новая' } };
    expect(templateByCode('enf.initiation', [v2, base])?.version).toBe(2);
    expect(templateByCode('enf.initiation', [base, v2])?.version).toBe(2);
    expect(templateByCode('enf.nope')).toBeUndefined();
  });
});
