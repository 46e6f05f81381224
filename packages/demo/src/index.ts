export * from './world.ts';
export * from './market.ts';
export * from './insurance.ts';
