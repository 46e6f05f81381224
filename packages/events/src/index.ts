export { createEvent, isDivisionCode, isEventEnvelope, isEventType, NATIONAL_DIVISION } from './envelope.ts';
export type { CreateEventInput, EventActor, EventAggregate, EventEnvelope } from './envelope.ts';
export { uuidv7, isUuid } from './uuid.ts';
export {
  DEFAULT_STREAM_NAME,
  DEFAULT_SUBJECT_PREFIX,
  divisionTokens,
  ensureStream,
  filterSubject,
  permissionFor,
  streamConfig,
  subjectFor,
} from './subjects.ts';
export type { StreamOptions } from './subjects.ts';
export {
  DeadLetter,
  eventEntities,
  InboxMessage,
  OUTBOX_CHANNEL,
  OutboxMessage,
  outboxRow,
  recordEvent,
} from './outbox.ts';
export { OutboxRelay } from './relay.ts';
export type { OutboxRelayOptions, OutboxRelayStats } from './relay.ts';
export {
  DEFAULT_ACK_WAIT_MS,
  READ_MODEL_BATCH_SIZE,
  ensureDurableConsumer,
  startConsumer,
  startSourceConsumers,
} from './consumer.ts';
export type {
  ConsumedSource,
  ConsumerHandle,
  ConsumerOptions,
  ConsumerStats,
  EventHandler,
  EventMeta,
  SourceConsumersSetup,
} from './consumer.ts';
export type { BatchEventHandler, BatchItem, OldestWaiting } from './consumer.ts';
export { replay } from './replay.ts';
export type { ReplayOptions } from './replay.ts';
export { silentLogger } from './logger.ts';
export type { EventsLogger } from './logger.ts';
export { startEventBus } from './runtime.ts';
export type { EventBus, EventBusOptions } from './runtime.ts';
export {
  channelAddress,
  createEventValidator,
  defineEvent,
  DIVISION_CODE_PATTERN,
  envelopeSchema,
  field,
  toAsyncApi,
  USCC_PATTERN,
} from './catalogue.ts';
export type {
  AsyncApiOptions,
  CatalogueEvent,
  EventCatalogueEntry,
  EventData,
  EventValidationResult,
  EventValidator,
  EventValidatorOptions,
  Infer,
  JsonSchema,
  Schema,
  TypedCatalogueEntry,
} from './catalogue.ts';
