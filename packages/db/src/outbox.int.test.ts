import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../../../test/harness/databases';
import { enqueueMessages } from './many-rows';
import { deliverOutbox, enqueueMessage } from './outbox';
import type { ClaimedMessage } from './outbox';

const t0 = new Date('2026-05-25T04:00:00.000Z');

describeOnEachEngine('outbox', ({ db }) => {
  it('X-4: a rolled-back change sends nothing', async () => {
    const sent: ClaimedMessage[] = [];
    await expect(db().transaction(async (tx) => {
      await enqueueMessage(tx, { channel: 'sms', recipient: '+77011234567', body: 'Іс қозғалды' }, t0);
      throw new Error('resolution signature invalid');
    })).rejects.toThrow('signature');
    const result = await deliverOutbox(db(), { sms: async (m) => { sent.push(m); return {}; } }, () => t0);
    expect(result.sent).toBe(0);
    expect(sent).toHaveLength(0);
    expect((await db().query('SELECT 1 FROM outbox')).rows).toHaveLength(0);
  });

  it('X-4: a committed message is delivered once and marked sent', async () => {
    const id = await db().transaction((tx) =>
      enqueueMessage(tx, { channel: 'email', recipient: 'a@example.kz', subject: 'Хабарлама', body: 'Мәтін' }, t0));
    const sent: ClaimedMessage[] = [];
    const senders = { email: async (m: ClaimedMessage) => { sent.push(m); return { externalId: 'smtp-1' }; } };
    expect(await deliverOutbox(db(), senders, () => t0)).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await deliverOutbox(db(), senders, () => new Date(t0.getTime() + 3_600_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(sent.map((m) => m.id)).toEqual([id]);
    expect(sent[0]).toMatchObject({ subject: 'Хабарлама', body: 'Мәтін', attempts: 1 });
    const row = await db().query<{ external_id: string }>('SELECT external_id FROM outbox WHERE id = $1 AND sent_at IS NOT NULL', [id]);
    expect(row.rows[0]?.external_id).toBe('smtp-1');
  });

  it('X-5: failures are retried with backoff, then given up after max attempts', async () => {
    const id = await db().transaction((tx) => enqueueMessage(tx, { channel: 'flaky', recipient: 'r', body: 'b' }, t0));
    await db().query('UPDATE outbox SET max_attempts = 3 WHERE id = $1', [id]);
    let clock = t0.getTime() + 7_200_000;
    const failing = { flaky: async () => { throw new Error('gateway 503'); } };
    expect((await deliverOutbox(db(), failing, () => new Date(clock))).retried).toBe(1);
    // Backoff: not retried 10 s later, retried after 30 s.
    expect((await deliverOutbox(db(), failing, () => new Date(clock + 10_000))).retried).toBe(0);
    clock += 31_000;
    expect((await deliverOutbox(db(), failing, () => new Date(clock))).retried).toBe(1);
    clock += 61_000;
    expect((await deliverOutbox(db(), failing, () => new Date(clock))).failed).toBe(1);
    const row = await db().query<{ attempts: number; last_error: string; failed_at: Date | null }>(
      'SELECT attempts, last_error, failed_at FROM outbox WHERE id = $1', [id]);
    expect(row.rows[0]).toMatchObject({ attempts: 3, last_error: 'gateway 503' });
    expect(row.rows[0]?.failed_at).not.toBeNull();
  });

  it('ENP-9, SIMP-3: a credential in a message is sent in clear, kept while retries need it, then masked (scrubSecrets)', async () => {
    const [password, token] = ['Kx7pQ2mW9z', 'tok_4f9a8b7c6d5e'];
    const ids = await db().transaction(async (tx) => [
      await enqueueMessage(tx, { channel: 'email', recipient: 'p@example.kz', subject: `Пароль ${password}`, body: `Құпиясөз: ${password}\nПароль: ${password}`,
        secrets: [password] }, t0),
      ...(await enqueueMessages(tx, [{ channel: 'sms', recipient: '+77011112233', body: `https://o.kz/s/${token}`, secrets: [token], maxAttempts: 1 }], t0)),
      await enqueueMessage(tx, { channel: 'email', recipient: 'q@example.kz', body: `Құпиясөз: ${password}`, secrets: [password] }, t0),
    ]);
    const seen: string[] = [];
    let emailFails = true;
    const senders = {
      email: async (m: ClaimedMessage) => {
        seen.push(m.body);
        if (m.recipient === 'p@example.kz' && emailFails) throw new Error('smtp down');
        return {};
      },
      sms: async (m: ClaimedMessage) => { seen.push(m.body); throw new Error('sms gateway down'); },
    };
    const rows = async () => new Map((await db().query<{ id: string; subject: string | null; body: string; secrets: string[] | null }>(
      'SELECT id, subject, body, secrets FROM outbox WHERE id = ANY($1::uuid[])', [ids])).rows.map((r) => [r.id, r]));
    // Sent (q), failing and to be retried (p), failed for good (the SMS, one attempt allowed).
    expect(await deliverOutbox(db(), senders, () => t0, { scrubSecrets: true })).toEqual({ sent: 1, retried: 1, failed: 1 });
    let now = await rows();
    expect(now.get(ids[2]!)!.body).toBe('Құпиясөз: ••••••');
    expect(now.get(ids[1]!)!.body).toBe('https://o.kz/s/••••••');
    expect(now.get(ids[0]!)!).toMatchObject({ body: `Құпиясөз: ${password}\nПароль: ${password}`, secrets: [password] });
    emailFails = false;
    expect((await deliverOutbox(db(), senders, () => new Date(t0.getTime() + 3_600_000), { scrubSecrets: true })).sent).toBe(1);
    now = await rows();
    expect(now.get(ids[0]!)!).toMatchObject({ subject: 'Пароль ••••••', body: 'Құпиясөз: ••••••\nПароль: ••••••', secrets: null });
    // Every attempt got the clear text.
    expect(seen.filter((b) => b.includes(password))).toHaveLength(3);
    expect(seen).toContain(`https://o.kz/s/${token}`);
  });

  it('X-4: without scrubbing (development) a delivered message is kept whole', async () => {
    const id = await db().transaction((tx) => enqueueMessage(tx, { channel: 'email', recipient: 'r@example.kz', body: 'Құпиясөз: Zz9', secrets: ['Zz9'] }, t0));
    await deliverOutbox(db(), { email: async () => ({}) }, () => t0);
    expect((await db().query<{ body: string }>('SELECT body FROM outbox WHERE id = $1', [id])).rows[0]!.body).toBe('Құпиясөз: Zz9');
  });
});
