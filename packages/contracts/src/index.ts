// @oryndau/contracts: the zod request and response schemas of every route,
// one file per workspace, imported by the server (validation, serialization,
// OpenAPI) and by the web (`z.infer` types, enum lists). See the README's
// design note "One contract from the database to the screen".
export * from './validation';
export * from './errors';
export * from './identity';
export * from './journal';
export * from './calendar';
export * from './signing';
export * from './verify';
export * from './pki';
export * from './health';
export * from './dev';
export * from './enforcement';
export * from './simplified';
export * from './dashboard';
export * from './courts-dispatch';
export * from './courts-office';
export * from './powers-of-attorney';
export * from './courts-filing';
export * from './cabinet-notifications';
export * from './courts-writs';
export * from './court-acts';
export * from './courts-archive';
export * from './enp';
export * from './enp-easd';
export * from './enp-applications';
export * from './licensing';
export * from './court-work';
export * from './enp-portal';
