import { enpCourtsResponse, enpSampleParams, enpSampleResponse, errorResponses } from '@oryndau/contracts';
import type { EnpCourtsResponse } from '@oryndau/contracts';
import type { Sql } from '@oryndau/db';
import { listCourts } from '@oryndau/db';
import { enpSampleFileName, renderEnpSamplePdf } from '@oryndau/documents';
import { courts } from '@oryndau/domain';
import { regionById } from '@oryndau/kz';
import type { AppDeps, ZodApp } from '../app';

// ЭНП public portal (issue 16 item 2, ENP-3): what the menu pages read with
// no sign-in — «Информация о судах» (the courts of the reference data with
// region, address and time zone) and «Образцы заявлений» (sample
// applications as PDF in kk and ru). Both are the same for everyone, so a
// browser or proxy may keep them a while.

/** The courts as the portal lists them; a court whose region is not in the reference shows its region id's place empty. */
export async function enpCourts(sql: Sql): Promise<EnpCourtsResponse> {
  const rows = await listCourts(sql);
  return {
    courts: rows.map((c) => {
      const region = regionById(c.regionId);
      return {
        id: c.id, code: c.code, name: c.name, level: c.level, levelName: courts.COURT_LEVEL_TEXTS[c.level],
        region: region === undefined ? { kk: '', ru: '' } : { kk: region.name.kk, ru: region.name.ru },
        address: c.address, timeZone: c.timeZone, phone: c.phone, email: c.email,
      };
    }),
  };
}

export function registerEnpPublicRoutes(app: ZodApp, deps: AppDeps): void {
  app.get('/api/enp/courts', {
    schema: { tags: ['enp'], summary: 'ENP-3: the courts with name, region, address and time zone, kk and ru (public, cacheable)',
      response: { 200: enpCourtsResponse, ...errorResponses } },
  }, async (request, reply) => {
    void reply.header('cache-control', 'public, max-age=300');
    // Reference data, the same for everyone: the replica's copy (issue 18 item 6).
    return enpCourts(deps.reads.for(request));
  });

  app.get('/api/enp/samples/:sample/:language', {
    schema: { tags: ['enp'], summary: 'ENP-3: a sample application (password for ЭНП, copy of a court act, familiarisation with the case) as PDF, kk or ru',
      params: enpSampleParams, response: { 200: enpSampleResponse, ...errorResponses } },
  }, async (request, reply) => {
    const { sample, language } = request.params;
    const pdf = await renderEnpSamplePdf(sample, language);
    return reply.type('application/pdf').header('cache-control', 'public, max-age=3600')
      .header('content-disposition', `attachment; filename="${enpSampleFileName(sample, language)}"`).send(Buffer.from(pdf));
  });
}
