export * from './errors.ts';
export * from './input.ts';
export * from './money.ts';
