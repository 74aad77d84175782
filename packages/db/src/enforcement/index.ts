// The enforcement workspace's repositories (issue 11 item 12): every SQL
// statement of apps/server/src/enforcement lives here, behind typed functions.
export * from './json';
export * from './proceedings-repository';
export * from './tasks-repository';
export * from './executive-documents-repository';
export * from './parties-repository';
export * from './acts-repository';
export * from './arrests-repository';
export * from './requests-repository';
export * from './templates-repository';
export * from './distribution-repository';
export * from './bailiff-loads-repository';
export * from './queues-repository';
export * from './people-repository';
export * from './simplified-origin-repository';
export * from './registration-batch-repository';
