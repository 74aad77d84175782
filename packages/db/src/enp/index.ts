// ЭНП (issue 16): every SQL statement of the case observation portal.
export * from './accesses-repository';
export * from './documents-repository';
export * from './matrix-repository';
export * from './easd-repository';
export * from './case-view-repository';
export * from './applications-repository';
export * from './notifications-repository';
export * from './housekeeping-repository';
export * from './page-versions-repository';
