export { main } from './main';
export { describeArchiveReport, verifyArchiveExport, type ArchiveCheck, type ArchiveReport } from './commands/archive-verify';
