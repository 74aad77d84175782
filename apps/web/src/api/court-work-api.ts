// Issue 15 (FILE-14, FILE-15, FILE-16): the court staff's work lists behind
// the home counters. Shapes are `z.infer` of @oryndau/contracts (court-work.ts).
import type { ActsToSign, LegalForceMarks, WritsToSign } from '@oryndau/contracts';
import { http } from './api.ts';

export type { ActsToSign, LegalForceMarks, WritsToSign } from '@oryndau/contracts';

export const courtWorkApi = {
  actsToSign: () => http.get<ActsToSign>('/api/court-work/acts-to-sign'),
  legalForceMarks: () => http.get<LegalForceMarks>('/api/court-work/legal-force-marks'),
  writsToSign: () => http.get<WritsToSign>('/api/court-work/writs-to-sign'),
};
