export * from './uscc.ts';
export * from './id-number.ts';
export * from './contact.ts';
export * from './divisions.ts';
export * from './service-items.ts';
export * from './accident-categories.ts';
