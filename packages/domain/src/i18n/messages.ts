import type { Locale } from '@oryndau/kz';
import { kk } from './kk';
import { ru } from './ru';

export type MessageKey = keyof typeof ru;

const catalogs: Record<Locale, Record<MessageKey, string>> = { kk, ru };

/** Looks up a server text and fills `{placeholders}` from `params`. */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogs[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function hasMessage(key: string): key is MessageKey {
  return key in ru;
}

export const MESSAGE_CATALOGS = catalogs;
