export * from './database';
export { migrate, MIGRATIONS_DIR } from './migrate';
export * from './canonical-json';
export {
  GENESIS_HASH, JOURNAL_COLUMNS, JOURNAL_LEAF_VERSION, countJournalEntries, entryHash, journalEntryFromRow, journalLeafBytes, journalLeafJson, listJournal,
  listViewsOfPerson, recordJournal,
} from './journal';
export * from './journal-tree';
export * from './journal-sealer';
export type { GuardArgs, JournalActor, JournalEntry, JournalFilter, JournalGuard, JournalRecord } from './journal';
export { GuardedJournalWriter } from './journal-guarded';
export type { GuardedJournalOptions } from './journal-guarded';
// `appendJournalRecords` stays inside the package: only the transaction runner writes the journal.
export { DEFAULT_TRANSACTION_ATTEMPTS, isRetryableTransactionError } from './transaction';
export * from './journal-verify';
export * from './deadlines';
export * from './deadline-chunks';
export * from './outbox';
export { enqueueMessages, insertDocuments, insertSignatures, scheduleDeadlines } from './many-rows';
export { backoffMs } from './backoff';
export { openPglite, pgliteSnapshot } from './pglite';
export { openPostgres, openReadReplica } from './postgres';
export * from './calendar-days';
export * from './registration-counters';
export * from './password';
export * from './organisations';
export * from './users';
export * from './simplified/cases';
export * from './simplified/intake-batch';
export * from './simplified/pending-payment';
export * from './simplified/debtor-queries';
export * from './simplified/dashboard-queries';
export * from './signing/documents';
export * from './signing/challenges';
export * from './signing/crl-sources';
export * from './enforcement';
export * from './courts';
export * from './enp';
export * from './licensing';
