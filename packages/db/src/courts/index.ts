// The courts' repositories (issue 14): every SQL statement of the courts
// workspace lives here, behind typed functions.
export * from './codes';
export * from './courts-repository';
export * from './counters-repository';
export * from './files-repository';
export * from './filings-repository';
export * from './duty-payments-repository';
export * from './cases-repository';
export * from './powers-of-attorney-repository';
export * from './notifications-repository';
export * from './acts-repository';
export * from './writs-repository';
export * from './court-work-repository';
export * from './archive-repository';
