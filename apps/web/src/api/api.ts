import { currentLanguage, i18n } from '../i18n/i18n.ts';
import { createHttpClient, readCookie } from './http-client.ts';
import type { JournalPage, JournalQuery, OutgoingMessage, Queue, Session, User } from './types.ts';
import type { UiLanguage } from '../i18n/ui-language.ts';

let unauthorizedListener: (() => void) | undefined;

/** The session provider registers here to hear about expired sessions. */
export function onUnauthorized(listener: (() => void) | undefined): void {
  unauthorizedListener = listener;
}

export const http = createHttpClient({
  fetch: (input, init) => fetch(input, init),
  language: currentLanguage,
  translate: (key, options) => i18n.t(key, options ?? {}),
  csrfCookie: () => (typeof document === 'undefined' ? null : readCookie(document.cookie, 'oryndau_csrf')),
  onUnauthorized: () => unauthorizedListener?.(),
});

// One function per endpoint of docs/api.md.
export const api = {
  session: () => http.get<Session>('/api/session'),
  login: (iin: string, password: string) =>
    http.post<{ user: User }>('/api/auth/login', { iin, password }, { expectUnauthorized: true }),
  logout: () => http.post<{ ok: true }>('/api/auth/logout'),
  saveLocale: (locale: UiLanguage) => http.put<{ user: User }>('/api/me/locale', { locale }),
  home: () => http.get<{ queues: Queue[] }>('/api/home'),
  journal: (query: JournalQuery) => http.get<JournalPage>('/api/journal', query),
  devMessages: () => http.get<{ messages: OutgoingMessage[] }>('/api/dev/messages'),
};
