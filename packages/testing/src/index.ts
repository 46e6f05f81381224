export * from './database.ts';
export * from './graphql.ts';
export * from './services.ts';
export * from './tokens.ts';
export * from './service.ts';
export * from './events.ts';
export * from './nats-server.ts';
