export * from './clock';
export * from './errors';
export * from './i18n/messages';
export * from './identity/roles';
export * from './identity/policies';
export * from './identity/queues';
export * from './signing/challenge';
export * from './enforcement';
export * as distribution from './enforcement/distribution';
