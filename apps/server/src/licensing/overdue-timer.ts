import type { DeadlineHandler } from '@oryndau/db';
import { enqueueMessage, findLicensingApplication, listLicensingOverdueRecipients, updateLicensingApplication } from '@oryndau/db';
import { licensing } from '@oryndau/domain';
import { APPLICATION_OBJECT } from './licensing-store';

/**
 * LIC-5: the durable timer set at registration for the day after the
 * deadline. The worker claims it with FOR UPDATE SKIP LOCKED and marks it
 * fired in the same transaction, so with several workers it fires once; the
 * application is flagged overdue (the officer's queue shows it) and the
 * officers and their head (administrators: X-3 has no head role) are
 * e-mailed in kk and ru. Decided meanwhile: nothing happens.
 */
export const licensingOverdueHandler: DeadlineHandler = async (tx, deadline, now) => {
  const a = await findLicensingApplication(tx, deadline.subjectId, { lock: true });
  if (!a || !licensing.LICENSING_PENDING.includes(a.status) || a.overdueFlaggedAt !== null) return;
  if (!(await updateLicensingApplication(tx, a.id, a.version, { overdueFlaggedAt: now }))) return;
  const recipients = await listLicensingOverdueRecipients(tx);
  const subject = 'Лицензия беру мерзімі өтті / Просрочен срок выдачи лицензии';
  const body = [`Өтініш № ${a.number ?? ''} (${a.fullName}) ${a.deadline ?? ''} дейін шешілмеді.`,
    `Заявление № ${a.number ?? ''} (${a.fullName}) не рассмотрено до ${a.deadline ?? ''}.`].join('\n\n');
  for (const r of recipients) await enqueueMessage(tx, { channel: 'email', recipient: r.email, subject, body }, now);
  tx.journal({ at: now, actor: { userId: null, iin: null, role: 'system', requestId: null }, action: 'licensing.application_overdue',
    objectType: APPLICATION_OBJECT, objectId: a.id, subjectIin: a.applicantIin,
    details: { number: a.number, deadline: a.deadline, notified: recipients.map((r) => ({ userId: r.userId, role: r.role })) } });
};
