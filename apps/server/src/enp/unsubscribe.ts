import type { Database } from '@oryndau/db';
import { findEnpUnsubscribeToken, markEnpUnsubscribeTokenUsed, saveEnpPreferences } from '@oryndau/db';
import { DomainError, ErrorCode } from '@oryndau/domain';
import type { Clock } from '@oryndau/domain';
import { hashEnpToken } from './enp-credentials';

/**
 * ENP-8: the one-click unsubscribe of an e-mail's link — no sign-in: the
 * random token is the capability (only its SHA-256 is stored). It turns off
 * every ЭНП e-mail of that case for that person; using it again changes
 * nothing and answers the same. An unknown token: 404.
 */
export async function unsubscribeEnp(deps: { db: Database; clock: Clock }, token: string, request: { id: string; address: string }): Promise<void> {
  const hash = hashEnpToken(token);
  const found = await findEnpUnsubscribeToken(deps.db, hash);
  if (!found) throw new DomainError(ErrorCode.enpUnsubscribeUnknown);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await saveEnpPreferences(tx, found.caseId, found.iin, { acts: false, documents: false, course: false }, now);
    await markEnpUnsubscribeTokenUsed(tx, hash, now);
    tx.journal({ at: now, actor: { userId: null, iin: found.iin, role: 'enp_participant', requestId: request.id, address: request.address },
      action: 'enp.unsubscribed', objectType: 'court_case', objectId: found.caseId, subjectIin: found.iin, details: { via: 'link' } });
  });
}

export async function unsubscribeTokenKnown(db: Database, token: string): Promise<boolean> {
  return (await findEnpUnsubscribeToken(db, hashEnpToken(token))) !== null;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A page with no script that works in any mail client's browser: kk and ru side by side. */
export function unsubscribePage(state: 'confirm' | 'done', action: string): string {
  type Lines = readonly [title: string, body: string, button: string];
  const pages: Record<typeof state, Record<'kk' | 'ru', Lines>> = {
    confirm: {
      kk: ['Хаттардан бас тарту', 'Осы іс бойынша ЭНП хабарламаларын бұдан былай алмау үшін батырманы басыңыз.', 'Бас тарту'],
      ru: ['Отписка от писем', 'Нажмите кнопку, чтобы больше не получать уведомления ЭНП по этому делу.', 'Отписаться'],
    },
    done: {
      kk: ['Дайын', 'Осы іс бойынша ЭНП хаттары бұдан былай жіберілмейді. Хабарламаларды порталда қайта қосуға болады.', ''],
      ru: ['Готово', 'Письма ЭНП по этому делу больше не будут приходить. Уведомления можно снова включить на портале.', ''],
    },
  };
  const texts = pages[state];
  const block = (lang: 'kk' | 'ru') => {
    const [title, body, button] = texts[lang];
    const form = button ? `<form method="post" action="${escape(action)}"><button type="submit">${escape(button)}</button></form>` : '';
    return `<section lang="${lang}"><h1>${escape(title)}</h1><p>${escape(body)}</p>${form}</section>`;
  };
  return `<!doctype html><html lang="kk"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<meta name="robots" content="noindex"><title>ЭНП</title>`
    + '<style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}'
    + 'button{font-size:1rem;padding:.5rem 1rem;background:#00558c;color:#fff;border:0;border-radius:4px}section{margin-bottom:2rem}</style>'
    + `</head><body>${block('kk')}${block('ru')}</body></html>`;
}
