// Public API of the enforcement domain (pure: no I/O, time comes in).
// distribution/ is a sibling module with its own index; not re-exported here.
export * from './grounds';
export * from './lifecycle';
export * from './registration-number';
export * from './deadlines';
export * from './executive-document';
export * from './queues';
export * from './document-types';
export * from './drafts';
