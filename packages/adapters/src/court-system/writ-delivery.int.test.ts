import { createHash } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulators, type RunningSimulators } from '../simulators';
import { writCardSchema, writReceiptSchema, writSubmissionSchema, type WritCard, type WritSubmission } from './writ';
import type { WritSigner, WritTamper } from './writ-delivery';

// The courts' simulator against a stand-in intake: what goes over the wire,
// who signed what, and what each tamper mode breaks. No real crypto here —
// the fake signature is the IIN followed by SHA-256 of the content, enough
// to tell which bytes were signed by whom.

const TOKEN = 'court-test-token';
const JUDGE = '710830300000';
const SECRETARY = '950101400002';
const RECEIPT = { proceedingId: 'p1', registrationNumber: '710000000-2026-000001-7', registrationDate: '2026-03-02', status: 'registered', duplicate: false };

interface Received {
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: unknown;
}

const received: Received[] = [];
const signed: { iin: string; content: Uint8Array }[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: RECEIPT };
let intake: FastifyInstance;
let intakeUrl: string;
let sims: RunningSimulators;
let unconfigured: RunningSimulators;
/** Points the delivery elsewhere (the URL is read per send). */
let setTarget: (url: string) => void = () => {};

function fakeSignature(iin: string, content: Uint8Array): Uint8Array {
  return new Uint8Array([...new TextEncoder().encode(iin), ...createHash('sha256').update(content).digest()]);
}

const fakeSigner: WritSigner = {
  async sign(iin, content) {
    if (iin === '999999999999') throw new Error('no key for 999999999999');
    signed.push({ iin, content });
    return fakeSignature(iin, content);
  },
};

const bytes = (b64: string): Uint8Array => new Uint8Array(Buffer.from(b64, 'base64'));
const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

/** Which signatures of a submission hold over what it carries, by the fake signer's rule. */
function verdict(submission: WritSubmission, card: WritCard) {
  const writ = bytes(submission.writ);
  const act = bytes(submission.courtAct.content);
  return {
    judge: sameBytes(bytes(submission.signatures.judge), fakeSignature(card.judge.iin, writ)),
    secretary: sameBytes(bytes(submission.signatures.secretary), fakeSignature(card.secretary.iin, writ)),
    courtAct: sameBytes(bytes(submission.courtAct.signature), fakeSignature(card.judge.iin, act)),
    writIsCard: JSON.stringify(JSON.parse(Buffer.from(writ).toString('utf8'))) === JSON.stringify(card),
  };
}

function lastSubmission(): WritSubmission {
  return writSubmissionSchema.parse(received.at(-1)?.body);
}

async function postSim(base: string, body?: unknown): Promise<Response> {
  return fetch(`${base}/_sim/writs`, {
    method: 'POST',
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
}

beforeAll(async () => {
  intake = Fastify();
  intake.post('/api/integrations/court-system/writs', async (request, reply) => {
    received.push({ headers: request.headers, body: request.body });
    return reply.code(answer.status).send(answer.body);
  });
  await intake.listen({ port: 0, host: '127.0.0.1' });
  const address = intake.server.address();
  intakeUrl = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  let target = `${intakeUrl}/api/integrations/court-system/writs`;
  sims = await startSimulators({
    latencyMs: 0,
    now: () => new Date('2026-03-02T06:00:00Z'),
    // A function, as the dev server gives it: the origin may change (here: to a dead port in one test).
    courtWrits: { intakeUrl: () => target, token: TOKEN, signer: fakeSigner },
  });
  unconfigured = await startSimulators({ latencyMs: 0 });
  setTarget = (url) => {
    target = url;
  };
});
afterAll(async () => {
  await Promise.all([sims.close(), unconfigured.close(), intake.close()]);
});
beforeEach(() => {
  answer = { status: 200, body: RECEIPT };
  signed.length = 0;
});

describe('the courts’ simulator sends signed writs', () => {
  it('ENF-11: a writ reaches the intake with the token, in the contract, signed by the judge and the secretary', async () => {
    const res = await postSim(sims.baseUrls['court-system'], {});
    expect(res.status).toBe(200);
    const result = (await res.json()) as { card: WritCard; status: number; body: unknown };
    expect(result.status).toBe(200);
    expect(writReceiptSchema.parse(result.body)).toEqual(RECEIPT);

    const request = received.at(-1);
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request?.headers['content-type']).toMatch(/^application\/json/);
    const submission = lastSubmission();
    const writ = bytes(submission.writ);
    const card = writCardSchema.parse(JSON.parse(Buffer.from(writ).toString('utf8')));
    expect(card).toEqual(result.card);
    expect(card.judge.iin).toBe(JUDGE);
    expect(card.secretary.iin).toBe(SECRETARY);

    const act = bytes(submission.courtAct.content);
    const actText = Buffer.from(act).toString('latin1');
    expect(actText.startsWith('%PDF-')).toBe(true);
    expect(actText).toContain(`Case No. ${card.caseNumber}`);
    expect(actText).toContain(card.debtors[0]?.identifier);
    expect(submission.courtAct.mediaType).toBe('application/pdf');

    // Exactly three signatures: judge and secretary over the writ bytes, the judge over the act.
    expect(signed.map((s) => s.iin).sort()).toEqual([JUDGE, JUDGE, SECRETARY].sort());
    expect(signed.filter((s) => sameBytes(s.content, writ)).map((s) => s.iin).sort()).toEqual([JUDGE, SECRETARY].sort());
    expect(signed.filter((s) => sameBytes(s.content, act)).map((s) => s.iin)).toEqual([JUDGE]);
    expect(verdict(submission, card)).toEqual({ judge: true, secretary: true, courtAct: true, writIsCard: true });
  });

  it('ENF-11: each tamper mode breaks exactly the named part', async () => {
    const expected: Record<WritTamper, ReturnType<typeof verdict>> = {
      judge_signature: { judge: false, secretary: true, courtAct: true, writIsCard: true },
      secretary_signature: { judge: true, secretary: false, courtAct: true, writIsCard: true },
      court_act: { judge: true, secretary: true, courtAct: false, writIsCard: true },
      // Both signed the writ, so both signatures fail over the changed bytes.
      writ_bytes: { judge: false, secretary: false, courtAct: true, writIsCard: false },
    };
    for (const tamper of Object.keys(expected) as WritTamper[]) {
      const { card } = await sims.control.courtSystem.sendWrit({ tamper });
      const submission = lastSubmission();
      expect(verdict(submission, card), tamper).toEqual(expected[tamper]);
      if (tamper === 'writ_bytes') {
        // Still a well-formed card: only the amount was edited after signing.
        const sent = writCardSchema.parse(JSON.parse(Buffer.from(bytes(submission.writ)).toString('utf8')));
        expect(sent.amount).not.toBe(card.amount);
        expect({ ...sent, amount: card.amount }).toEqual(card);
      }
      if (tamper === 'court_act') {
        expect(Buffer.from(bytes(submission.courtAct.content)).toString('latin1')).not.toContain(`Case No. ${card.caseNumber}`);
      }
    }
  });

  it('ENF-11: signAs signs with another person’s key while the card still names the court’s judge', async () => {
    const { card } = await sims.control.courtSystem.sendWrit({ signAs: { judge: '650214300008' } });
    expect(card.judge.iin).toBe(JUDGE);
    expect(signed.map((s) => s.iin).sort()).toEqual(['650214300008', '650214300008', SECRETARY].sort());
    expect(verdict(lastSubmission(), card)).toMatchObject({ judge: false, secretary: true, courtAct: false });
  });

  it('ENF-11: overrides travel over HTTP; a refusal by the intake comes back as its status and body', async () => {
    answer = { status: 422, body: { code: 'writ.signature_invalid', message: 'Подпись не прошла проверку' } };
    const res = await postSim(sims.baseUrls['court-system'], { overrides: { amount: '1000.00', categoryCode: 'legal_entities' } });
    expect(res.status).toBe(200);
    const result = (await res.json()) as { card: WritCard; status: number; body: unknown };
    expect(result).toMatchObject({ status: 422, body: { code: 'writ.signature_invalid' } });
    expect(result.card).toMatchObject({ amount: '1000.00', categoryCode: 'legal_entities' });
    expect(result.card.claimants[0]?.kind).toBe('legal_entity');

    const bad = await postSim(sims.baseUrls['court-system'], { tamper: 'everything' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid_request');
    const unknownField = await postSim(sims.baseUrls['court-system'], { overrides: { amout: '1' } });
    expect(unknownField.status).toBe(400);
  });

  it('ENF-11: a signer without the key → 422 signing_failed; an unreachable intake → 502; nothing recorded', async () => {
    const before = sims.control.courtSystem.sentWrits().length;
    const noKey = await postSim(sims.baseUrls['court-system'], { signAs: { secretary: '999999999999' } });
    expect(noKey.status).toBe(422);
    expect(((await noKey.json()) as { error: { code: string } }).error.code).toBe('signing_failed');

    const dead = await startSimulators({ latencyMs: 0 });
    await dead.close();
    setTarget(`${dead.url}/api/integrations/court-system/writs`);
    try {
      const unreachable = await postSim(sims.baseUrls['court-system'], {});
      expect(unreachable.status).toBe(502);
      expect(((await unreachable.json()) as { error: { code: string } }).error.code).toBe('intake_unreachable');
      await expect(sims.control.courtSystem.sendWrit()).rejects.toThrow(/could not be delivered/);
    } finally {
      setTarget(`${intakeUrl}/api/integrations/court-system/writs`);
    }
    expect(sims.control.courtSystem.sentWrits()).toHaveLength(before);
  });

  it('ENF-11: without a delivery the control route answers 503 not_configured', async () => {
    const res = await postSim(unconfigured.baseUrls['court-system'], {});
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: { code: 'not_configured', message: expect.stringContaining('courtWrits') } });
    await expect(unconfigured.control.courtSystem.sendWrit()).rejects.toThrow(/no writ delivery configured/);
    const list = await fetch(`${unconfigured.baseUrls['court-system']}/_sim/writs`);
    expect(await list.json()).toEqual({ writs: [] });
  });

  it('ENF-11: GET lists every sent writ, each one new; control routes stay out of the request log', async () => {
    const res = await fetch(`${sims.baseUrls['court-system']}/_sim/writs`);
    expect(res.status).toBe(200);
    const { writs } = (await res.json()) as { writs: { card: WritCard; status: number; body: unknown; sentAt: string }[] };
    expect(writs).toEqual(JSON.parse(JSON.stringify(sims.control.courtSystem.sentWrits())));
    // 1 plain + 4 tampered + 1 signAs + 1 refused (the failures are not recorded).
    expect(writs).toHaveLength(7);
    expect(writs.map((w) => w.status)).toEqual([200, 200, 200, 200, 200, 200, 422]);
    expect(writs[0]?.sentAt).toBe('2026-03-02T06:00:00.000Z');
    expect(new Set(writs.map((w) => w.card.externalId)).size).toBe(writs.length);
    expect(sims.control.requests('court-system').filter((r) => r.url.includes('/_sim/'))).toEqual([]);
  });
});
