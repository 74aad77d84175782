import {
  consistencyProofOf, fullNamesByIin, inclusionProofOf, latestTreeHead, listJournal, listViewsOfPerson, organisationNames, recordJournal,
  treeHeadOfSize,
} from '@oryndau/db';
import { DomainError, ErrorCode, can } from '@oryndau/domain';
import type { Locale } from '@oryndau/kz';
import {
  consistencyProofSchema, consistencyQuery, entryProofParams, entryProofQuery, errorResponses, inclusionProofSchema, journalQuery,
  journalResponse, myViewsQuery, myViewsResponse, signedTreeHeadSchema, treeHeadParams,
} from '@oryndau/contracts';
import type { AppDeps, ZodApp } from '../app';
import { actorOf, requireSubject } from '../http/session';
import { resolveLocale } from '../http/locale';

const nameIn = (locale: Locale, names: Map<string, { kk: string; ru: string }>, id: string | null) => {
  const name = id === null ? undefined : names.get(id);
  return name ? name[locale] : null;
};

export function registerJournalRoutes(app: ZodApp, deps: AppDeps): void {
  const { db, clock } = deps;
  app.get('/api/journal', {
    schema: {
      tags: ['journal'],
      summary: 'Browse the journal, newest first (administrators)',
      querystring: journalQuery,
      response: { 200: journalResponse, ...errorResponses },
    },
  }, async (request) => {
    const subject = requireSubject(request);
    if (!can(subject, 'journal.browse', undefined)) throw new DomainError(ErrorCode.forbidden);
    const q = request.query;
    const entries = await listJournal(db, {
      actorIin: q.actor, personIin: q.person, action: q.action, objectType: q.objectType, objectId: q.objectId,
      from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined,
      beforeSeq: q.before, limit: q.limit,
    });
    const names = await fullNamesByIin(db, [...new Set(entries.map((e) => e.actorIin).filter((v): v is string => v !== null))]);
    const organisations = await organisationNames(db, [...new Set(entries.map((e) => e.organisationId).filter((v): v is string => v !== null))]);
    // The journal names people: reading it is itself a view of personal data.
    await recordJournal(db, {
      at: clock.now(), actor: actorOf(request), action: 'journal.browse', objectType: 'journal', objectId: null,
      subjectIin: q.person ?? q.actor ?? null, details: { filter: { ...q } },
    });
    return {
      entries: entries.map((e) => ({
        seq: e.seq, at: e.at.toISOString(), actorIin: e.actorIin, actorName: e.actorIin ? names.get(e.actorIin) ?? null : null,
        role: e.actorRole, organisation: nameIn(resolveLocale(request.headers['accept-language'], request.user?.locale), organisations, e.organisationId), address: e.address, subjectIin: e.subjectIin,
        action: e.action, objectType: e.objectType, objectId: e.objectId, requestId: e.requestId, details: e.details, leafIndex: e.leafIndex,
      })),
      nextBefore: entries.length === q.limit ? entries[entries.length - 1]!.seq : null,
    };
  });

  app.get('/api/journal/my-views', {
    schema: {
      tags: ['journal'],
      summary: 'ENP-11: who read or changed my personal data, newest first',
      querystring: myViewsQuery,
      response: { 200: myViewsResponse, ...errorResponses },
    },
  }, async (request) => {
    const subject = requireSubject(request);
    if (!can(subject, 'journal.own_views', undefined)) throw new DomainError(ErrorCode.forbidden);
    const entries = await listViewsOfPerson(db, subject.iin, { beforeSeq: request.query.before, limit: request.query.limit });
    const organisations = await organisationNames(db, [...new Set(entries.map((e) => e.organisationId).filter((v): v is string => v !== null))]);
    return {
      entries: entries.map((e) => ({
        seq: e.seq, at: e.at.toISOString(), action: e.action, role: e.actorRole, objectType: e.objectType,
        organisation: nameIn(resolveLocale(request.headers['accept-language'], request.user?.locale), organisations, e.organisationId),
      })),
      nextBefore: entries.length === request.query.limit ? entries[entries.length - 1]!.seq : null,
    };
  });

  // Issue 12: the public side of the verifiable log. Heads and proofs are hashes only: they name no one.
  app.get('/api/journal/tree-heads/latest', {
    schema: {
      tags: ['journal'], summary: 'Public: the latest signed tree head of the journal (RFC 9162)',
      response: { 200: signedTreeHeadSchema, ...errorResponses },
    },
  }, async () => {
    const head = await latestTreeHead(db);
    if (!head) throw new DomainError(ErrorCode.notFound);
    return head;
  });

  app.get('/api/journal/tree-heads/:size', {
    schema: {
      tags: ['journal'], summary: 'Public: the signed tree head of a given size',
      params: treeHeadParams, response: { 200: signedTreeHeadSchema, ...errorResponses },
    },
  }, async (request) => {
    const head = await treeHeadOfSize(db, request.params.size);
    if (!head) throw new DomainError(ErrorCode.notFound);
    return head;
  });

  app.get('/api/journal/consistency', {
    schema: {
      tags: ['journal'], summary: 'Public: the consistency proof between two tree sizes (RFC 9162 §2.1.4)',
      querystring: consistencyQuery, response: { 200: consistencyProofSchema, ...errorResponses },
    },
  }, async (request) => {
    const { from, to } = request.query;
    if (from > to) throw new DomainError(ErrorCode.validation, { fields: ['from'] });
    const proof = await consistencyProofOf(db, from, to);
    if (!proof) throw new DomainError(ErrorCode.notFound);
    return proof;
  });

  app.get('/api/journal/entries/:id/proof', {
    schema: {
      tags: ['journal'], summary: 'An entry\'s inclusion proof against a signed tree head (administrators)',
      params: entryProofParams, querystring: entryProofQuery, response: { 200: inclusionProofSchema, ...errorResponses },
    },
  }, async (request) => {
    const subject = requireSubject(request);
    if (!can(subject, 'journal.browse', undefined)) throw new DomainError(ErrorCode.forbidden);
    const proof = await inclusionProofOf(db, request.params.id, request.query.treeSize);
    if (!proof) throw new DomainError(ErrorCode.notFound);
    return proof;
  });
}
