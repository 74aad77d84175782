import { z } from 'zod';
import { courts } from '@oryndau/domain';
import { localizedSchema } from './errors';

// Issue 15 (FILE-14, FILE-15, FILE-16): the court staff's work lists behind
// the home counters — apps/server/src/courts/work/court-work-routes.ts. Each
// list holds exactly what its counter counts; every code comes with its kk/ru name.

const actKind = z.enum(courts.COURT_ACT_KINDS);
const actStatus = z.enum(courts.COURT_ACT_STATUSES);
const writStatus = z.enum(courts.WRIT_STATUSES);

/** The lists take no input (the signed-in person decides what they hold); stray query parameters are dropped. */
export const courtWorkQuery = z.object({});

/** FILE-14: GET /api/court-work/acts-to-sign — the judge's acts still waiting for their signature. */
export const actsToSignResponse = z.object({
  items: z.array(z.object({
    actId: z.string(), caseId: z.string(), caseNumber: z.string(), kind: actKind, kindName: localizedSchema, title: localizedSchema,
    status: actStatus, statusName: localizedSchema,
    /** The day the draft was drawn up, in the court's zone. */
    createdOn: z.string(),
  })),
});

/** FILE-15: GET /api/court-work/legal-force-marks — due marks of the judge's cases, or the whole court's for the chairman. */
export const legalForceMarksResponse = z.object({
  /** true: the chairman's court-wide list (they may mark when the judge is absent). */
  courtWide: z.boolean(),
  items: z.array(z.object({
    actId: z.string(), caseId: z.string(), caseNumber: z.string(), kind: actKind, kindName: localizedSchema, title: localizedSchema,
    /** The legal-force date: the mark is due from this day on. */
    dueOn: z.string(),
    /** The day has ended in the court's zone and the mark is still missing. */
    overdue: z.boolean(),
  })),
});

/** FILE-16: GET /api/court-work/writs-to-sign — the writs the secretary prepared that still lack their signature. */
export const writsToSignResponse = z.object({
  items: z.array(z.object({
    writId: z.string(), caseId: z.string(), caseNumber: z.string(), number: z.string(), status: writStatus, statusName: localizedSchema,
    /** The debtors' names as the writ card gives them. */
    debtors: z.array(z.string()),
    /** Decimal, e.g. "125000.50". */
    amount: z.string(), currency: z.string(), issueDate: z.string(),
  })),
});

export type ActsToSign = z.infer<typeof actsToSignResponse>;
export type LegalForceMarks = z.infer<typeof legalForceMarksResponse>;
export type WritsToSign = z.infer<typeof writsToSignResponse>;
