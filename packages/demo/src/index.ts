export * from './world.ts';
export * from './market.ts';
export * from './insurance.ts';
export * from './policies.ts';
