import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enpCourtsResponse } from '@oryndau/contracts';
import { afterAll, expect, it } from 'vitest';
import { describeSystemOnEachEngine } from '../../../../test/harness/test-system';

// Issue 16 item 2 (ENP-3): the public portal's menu pages read the courts and
// the sample applications without signing in.

const dir = mkdtempSync(join(tmpdir(), 'oryndau-enp-samples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function pdfText(bytes: Buffer, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
}

describeSystemOnEachEngine('ISSUE-16 item 2: the ЭНП portal\'s public pages', ({ client }) => {
  it('ENP-3: GET /api/enp/courts is public and cacheable — every court with kk/ru name, region, address and time zone', async () => {
    const res = await client('kk').get('/api/enp/courts');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const body = enpCourtsResponse.parse(res.json());
    expect(body.courts.length).toBeGreaterThan(2);
    for (const court of body.courts) {
      expect(court.name.kk, court.code).not.toBe('');
      expect(court.name.ru, court.code).not.toBe('');
      expect(court.region.ru, court.code).not.toBe('');
      expect(court.address.ru, court.code).not.toBe('');
      expect(court.timeZone, court.code).toMatch(/^Asia\//);
    }
    // The same list as the courts' own reference (nothing invented, nothing left out).
    const reference = (await client('kk').get('/api/courts')).json() as { courts: { id: string }[] };
    expect(body.courts.map((c) => c.id)).toEqual(reference.courts.map((c) => c.id));
  });

  it('ENP-3: each sample application downloads as a PDF in kk and in ru, in its own language', async () => {
    const expected = {
      password: { kk: 'ЭНП-да сот ісін қарауға арналған қол жеткізу құпиясөзін беру туралы', ru: 'о выдаче пароля доступа к судебному делу в ЭНП' },
      'act-copy': { kk: 'сот актісінің көшірмесін беру туралы', ru: 'о выдаче копии судебного акта' },
      familiarisation: { kk: 'іс материалдарымен танысу туралы', ru: 'об ознакомлении с материалами дела' },
    } as const;
    for (const [sample, texts] of Object.entries(expected)) {
      for (const language of ['kk', 'ru'] as const) {
        const res = await client(language).get(`/api/enp/samples/${sample}/${language}`);
        expect(res.statusCode, `${sample} ${language}`).toBe(200);
        expect(res.headers['content-type']).toBe('application/pdf');
        expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[a-z-]+\.pdf"$/);
        const text = pdfText(res.rawPayload, `${sample}-${language}`);
        expect(text).toContain(texts[language]);
        expect(text).toContain(language === 'kk' ? 'ӨТІНІШ' : 'ЗАЯВЛЕНИЕ');
        expect(text).toContain('1401');
      }
    }
  });

  it('ENP-3: an unknown sample or language is a 400 in the reader\'s language, never a 500', async () => {
    for (const url of ['/api/enp/samples/nothing/kk', '/api/enp/samples/password/en', '/api/enp/samples/%00/kk']) {
      const res = await client('ru').get(url);
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, url).toBeLessThan(500);
    }
  });
});
