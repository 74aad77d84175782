import {
  bailiffProceedingsResponse, errorResponses, licenceListResponse, licenceParams, licenceNumberParams, licenceVerificationSchema, licensingApplicationSchema,
  licensingChecklistBody, licensingParams, licensingRefuseBody, licensingReturnBody, licensingReviewSchema, licensingSigningResponse,
  licensingStaffApplicationBody, licensingVersionBody, registerActBody, registerExportQuery, registerExportResponse, registerSearchQuery,
  surveyDashboardResponse,
} from '@oryndau/contracts';
import { findLicensingApplication } from '@oryndau/db';
import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { AppDeps, ZodApp } from '../app';
import { actorOf, requireSubject } from '../http/session';
import { enterStaffApplication } from './create-application';
import { startLicenceSigning } from './issue-licence';
import { startRegisterAct } from './register-acts';
import { bailiffOpenProceedings, licenceView, registerCsv, registerXlsx, searchRegister, verifyLicence } from './register-view';
import { refuseApplication, registerStaffApplication, returnForCorrection, saveChecklist, viewApplication } from './review';
import { licensingRouteDeps, sendBytes, signingAnswer } from './route-support';
import { surveyDashboard } from './survey';

const TAGS = ['licensing'];

/**
 * Issue 17, the licensor's side (LIC-3, LIC-5, LIC-8, seed §7 and condition
 * 4): the staff channel, review and decisions, the e-licence's signing,
 * register acts, search and export, the survey dashboard; the public
 * verification of a licence; a suspended bailiff's proceedings for the
 * senior bailiff.
 */
export function registerLicensingOfficeRoutes(app: ZodApp, deps: AppDeps): void {
  const d = licensingRouteDeps(deps);
  const reload = async (id: string) => (await findLicensingApplication(deps.db, id))!;

  app.post('/api/licensing/staff/applications', {
    schema: { tags: TAGS, summary: 'LIC-3: the employee enters the applicant; ГБД ФЛ is asked — absent: refused (422 licensing.person_not_found)',
      body: licensingStaffApplicationBody, response: { 201: licensingApplicationSchema, ...errorResponses } },
  }, async (request, reply) => reply.code(201).send(await d.view(await enterStaffApplication(d.create, requireSubject(request), actorOf(request),
    request.body))));

  app.post('/api/licensing/staff/applications/:id/register', {
    schema: { tags: TAGS, summary: 'LIC-3: register a staff-channel application (documents scanned): number and deadline',
      params: licensingParams, body: licensingVersionBody, response: { 200: licensingApplicationSchema, ...errorResponses } },
  }, async (request) => {
    await registerStaffApplication(d.base, requireSubject(request), actorOf(request), request.params.id, request.body.version);
    return d.view(await reload(request.params.id));
  });

  app.get('/api/licensing/office/applications/:id', {
    schema: { tags: TAGS, summary: 'Condition 4: the officer\'s view — ГБД ФЛ data, attachments, checklist with legal basis; takes it for review (journalled)',
      params: licensingParams, response: { 200: licensingReviewSchema, ...errorResponses } },
  }, async (request) => {
    const subject = requireSubject(request);
    if (!can(subject, 'licensing.queue.read', undefined)) throw new DomainError(ErrorCode.notFound);
    return d.review(await viewApplication(d.base, subject, actorOf(request), request.params.id));
  });

  app.put('/api/licensing/office/applications/:id/checklist', {
    schema: { tags: TAGS, summary: 'Condition 4: mark the qualification requirements met / not met', params: licensingParams, body: licensingChecklistBody,
      response: { 200: licensingReviewSchema, ...errorResponses } },
  }, async (request) => {
    await saveChecklist(d.base, requireSubject(request), actorOf(request), request.params.id, request.body.version, request.body.checklist);
    return d.review(await reload(request.params.id));
  });

  app.post('/api/licensing/office/applications/:id/refuse', {
    schema: { tags: TAGS, summary: 'Seed §6 process 10: refuse with reference reasons (kk/ru) and own words; 409 when decided meanwhile',
      params: licensingParams, body: licensingRefuseBody, response: { 200: licensingApplicationSchema, ...errorResponses } },
  }, async (request) => {
    await refuseApplication(d.base, requireSubject(request), actorOf(request), request.params.id, request.body);
    return d.view(await reload(request.params.id));
  });

  app.post('/api/licensing/office/applications/:id/return', {
    schema: { tags: TAGS, summary: 'LIC-1: return for correction with what to correct; 409 when decided meanwhile',
      params: licensingParams, body: licensingReturnBody, response: { 200: licensingApplicationSchema, ...errorResponses } },
  }, async (request) => {
    await returnForCorrection(d.base, requireSubject(request), actorOf(request), request.params.id, request.body.version, request.body.text);
    return d.view(await reload(request.params.id));
  });

  app.post('/api/licensing/office/applications/:id/licence/signing', {
    schema: { tags: TAGS, summary: 'LIC-2, LIC-8: issue — the e-licence (central number) drawn up, the officer\'s ЭЦП asked; issued on the signature',
      params: licensingParams, body: licensingVersionBody, response: { 200: licensingSigningResponse, ...errorResponses } },
  }, async (request) => signingAnswer(await startLicenceSigning(d.signing, requireSubject(request), actorOf(request), request.params.id,
    request.body.version)));

  app.get('/api/licensing/register', {
    schema: { tags: TAGS, summary: 'LIC-8: search the register by IIN, name, number, region, status (journalled)', querystring: registerSearchQuery,
      response: { 200: licenceListResponse, ...errorResponses } },
  }, async (request) => ({ items: (await searchRegister(d.base, requireSubject(request), actorOf(request), request.query)).map(licenceView) }));

  app.get('/api/licensing/register/export', {
    schema: { tags: TAGS, summary: 'LIC-8: the register (filtered) as CSV or XLSX (journalled)', querystring: registerExportQuery,
      response: { 200: registerExportResponse, ...errorResponses } },
  }, async (request, reply) => {
    const items = await searchRegister(d.base, requireSubject(request), actorOf(request), request.query);
    return request.query.format === 'csv'
      ? sendBytes(reply, { bytes: registerCsv(items), mediaType: 'text/csv; charset=utf-8', fileName: 'licence-register.csv' })
      : sendBytes(reply, { bytes: await registerXlsx(items), fileName: 'licence-register.xlsx',
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  });

  app.post('/api/licensing/register/:id/acts', {
    schema: { tags: TAGS, summary: 'LIC-8: suspend, resume or terminate — the act with its ground drawn up and the officer\'s ЭЦП asked',
      params: licenceParams, body: registerActBody, response: { 200: licensingSigningResponse, ...errorResponses } },
  }, async (request) => signingAnswer(await startRegisterAct(d.signing, requireSubject(request), actorOf(request), request.params.id, request.body)));

  app.get('/api/licensing/register/:id/open-proceedings', {
    schema: { tags: TAGS, summary: 'LIC-8, ENF-12: a suspended/terminated bailiff\'s open proceedings, for the senior bailiff to reassign',
      params: licenceParams, response: { 200: bailiffProceedingsResponse, ...errorResponses } },
  }, async (request) => bailiffOpenProceedings(d.base, requireSubject(request), actorOf(request), request.params.id));

  app.get('/api/licensing/dashboard', {
    schema: { tags: TAGS, summary: 'LIC-6, LIC-5: survey answers and the share of applications decided in time', response: { 200: surveyDashboardResponse,
      ...errorResponses } },
  }, async (request) => surveyDashboard(d.base, requireSubject(request)));

  app.get('/api/licensing/verify/:number', {
    schema: { tags: TAGS, summary: 'Public (LIC-8): a licence\'s CURRENT register status by its number', params: licenceNumberParams,
      response: { 200: licenceVerificationSchema, ...errorResponses } },
  }, async (request) => verifyLicence(d.base, request.params.number));
}
