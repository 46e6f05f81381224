export * from './errors.ts';
export * from './input.ts';
