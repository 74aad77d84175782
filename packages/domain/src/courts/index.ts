// Courts (issue 14, COURTS-DESIGN.md): public API of the pure domain — no
// I/O, no clock, no randomness; time and calendars come in as arguments.
export * from './reference';
export * from './case-lifecycle';
export * from './filing-lifecycle';
export * from './transition-table';
export * from './receipt';
export * from './duty-rates';
export * from './duty';
export * from './case-number';
export * from './judge-proposal';
export * from './filing-manifest';
export * from './filing-warnings';
export * from './power-of-attorney';
export * from './filing-duty';
export * from './supplement-manifest';
export * from './writ-lifecycle';
export * from './writ-preparation';
export * from './court-acts';
export * from './legal-force';
export * from './legal-force-mark';
export * from './archive-inventory';
export * from './archive-retention';
export * from './archive-handover';
