import type { LocalizedText } from '@oryndau/kz';
import { PARTICIPANT_CATEGORIES, participantCategoriesFor } from '../courts/participants';
import type { ParticipantCategory } from '../courts/participants';

// ENP-10: what the ЭНП needs to know of an old case held by the archive
// system ИС «ЭАСД», read from its package's metadata (string keys and
// values, the archive adapter's port): the court, the form and instance of
// proceedings, the registration day, the participants with IIN and
// category, and for each scanned file its title and date (aligned with the
// package's files by position). The key names are OUR convention for the
// adapter (the simulator's demo packages follow it); the real ЭАСД's field
// names are not known — unconfirmed, kept in this one parser.

export type EasdForm = 'civil' | 'criminal' | 'administrative';
export type EasdParticipant = { iin: string; name: string; category: ParticipantCategory };
export type EasdCase = {
  courtId: string; form: EasdForm; instance: 'first' | 'appeal' | 'cassation'; registeredOn: string | null;
  participants: EasdParticipant[];
  /** Per file, by position: its title and day (null when the package does not say). */
  documents: ({ title: LocalizedText; date: string | null } | null)[];
};

export const EASD_METADATA_KEYS = {
  courtId: 'courtId', form: 'form', instance: 'instance', registeredOn: 'registeredOn', participants: 'participants', documents: 'documents',
} as const;

const FORMS: readonly EasdForm[] = ['civil', 'criminal', 'administrative'];
const INSTANCES = ['first', 'appeal', 'cassation'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function json(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const record = (v: unknown): Record<string, unknown> | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v as Record<string, unknown> : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/**
 * The package's case for the ЭНП, or null when the metadata does not name
 * a court and a known form (such a package cannot be shown — nobody could
 * say whose it is or which matrix applies). Participants or documents that
 * do not parse are left out, never guessed.
 */
export function parseEasdMetadata(metadata: Readonly<Record<string, string>>): EasdCase | null {
  const courtId = str(metadata[EASD_METADATA_KEYS.courtId]);
  const form = FORMS.find((f) => f === metadata[EASD_METADATA_KEYS.form]);
  if (!courtId || !form) return null;
  const instance = INSTANCES.find((i) => i === metadata[EASD_METADATA_KEYS.instance]) ?? 'first';
  const registered = metadata[EASD_METADATA_KEYS.registeredOn];
  const rawParticipants = json(metadata[EASD_METADATA_KEYS.participants]);
  const participants: EasdParticipant[] = [];
  for (const item of Array.isArray(rawParticipants) ? rawParticipants : []) {
    const r = record(item);
    const iin = str(r?.['iin']);
    const name = str(r?.['name']);
    const category = PARTICIPANT_CATEGORIES.find((c) => c === r?.['category']);
    if (iin && /^\d{12}$/.test(iin) && name && category && participantCategoriesFor(form).includes(category)) participants.push({ iin, name, category });
  }
  const rawDocuments = json(metadata[EASD_METADATA_KEYS.documents]);
  const documents = (Array.isArray(rawDocuments) ? rawDocuments : []).map((item) => {
    const r = record(item);
    const title = record(r?.['title']);
    const kk = str(title?.['kk']);
    const ru = str(title?.['ru']);
    const date = str(r?.['date']);
    return kk && ru ? { title: { kk, ru }, date: date && DAY.test(date) ? date : null } : null;
  });
  return { courtId, form, instance, registeredOn: registered && DAY.test(registered) ? registered : null, participants, documents };
}

/** The names people read for an ЭАСД case's state on the portal. */
export const EASD_STATUS_TEXT: LocalizedText = { kk: 'Мұрағатта (ЭАСД ақпараттық жүйесі)', ru: 'В архиве (ИС «ЭАСД»)' };
