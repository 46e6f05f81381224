// A mutation sent with an `Idempotency-Key` (forwarded by the gateway) runs inside one transaction that the kit
// opens: the key is claimed first (a concurrent request with the same key waits for it), the resolvers run on that
// transaction's EntityManager (the domain's own `em.transactional` become savepoints of it, its outbox rows join it),
// and the serialized answer is stored before COMMIT. So the record commits if and only if the effect does, and a
// request repeated after a timeout, a killed process or OUTCOME_UNKNOWN gets the first answer instead of a duplicate.
import { createHash } from 'node:crypto';
import {
  GraphQLError,
  Kind,
  getOperationAST,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { claimKey, currentDeadline, DeadlineExceeded, storeAnswer, type IdempotencyClaim } from '@anze/orm';
import type { Viewer } from '@anze/auth';
import { conflict, DomainError, requestTimeout, USER_ERROR_CODES } from '@anze/domain';
import type { Logger } from './logger.ts';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** What a key may look like (a UUID in practice): short and plain, it is stored and logged. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;

/** Longest wait for another request holding the same key, before answering REQUEST_IN_PROGRESS. */
const DEFAULT_WAIT_MS = 5_000;

/**
 * A subgraph's mutations and the key: every mutation is keyed unless exempted here with the reason (a test checks
 * that every mutation of the supergraph is listed in one of the two).
 */
export interface IdempotencyDeclaration {
  keyed: readonly string[];
  exempt: Readonly<Record<string, string>>;
  /**
   * Keyed mutations whose answer carries a one-time secret (an initial password, a client secret), which must not be
   * stored: the answer is stored without those fields, and a repeat with the same key answers ALREADY_PROCESSED with
   * the mutation's message (carried out; the secret is shown only once) instead of the first answer.
   */
  secrets?: Readonly<Record<string, OneTimeSecretAnswer>>;
}

export interface OneTimeSecretAnswer {
  /** Paths of the secret fields under the mutation's result, e.g. `initialPassword` (aliases are followed). */
  fields: readonly string[];
  /** What a repeat is told, in Chinese: that the request was carried out and what to do about the secret. */
  replayed: string;
}

/** Answers that are transient: not stored, the transaction is rolled back and the client may ask again. */
const TRANSIENT_CODES = new Set(['REQUEST_TIMEOUT', 'REQUEST_IN_PROGRESS', 'UNAUTHENTICATED']);

export interface IdempotencyOptions {
  orm: MikroORM;
  declaration: IdempotencyDeclaration | undefined;
  retentionSeconds: number;
  log: Logger;
  waitMs?: number;
}

/** Runs the request (with the given EntityManager for its context) and returns Apollo's answer. */
export type Execute = (em: EntityManager) => Promise<HTTPGraphQLResponse>;

export function callerOf(viewer: Viewer): string {
  if (viewer.kind === 'user') return `user:${viewer.userId}`;
  if (viewer.kind === 'client') return `client:${viewer.clientId}`;
  return 'anonymous';
}

interface KeyedMutation {
  fields: string[];
  fingerprint: string;
  operation: OperationDefinitionNode;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
}

/** The request's mutation and its fingerprint, or null when it is no (single, parseable) mutation. */
export function keyedMutationOf(body: unknown): KeyedMutation | null {
  if (!body || typeof body !== 'object') return null;
  const { query, operationName, variables } = body as Record<string, unknown>;
  if (typeof query !== 'string') return null;
  let operation: OperationDefinitionNode | null | undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  try {
    const document = parse(query);
    operation = getOperationAST(document, typeof operationName === 'string' ? operationName : undefined);
    for (const d of document.definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  } catch {
    return null; // Apollo answers the parse error itself
  }
  if (operation?.operation !== 'mutation') return null;
  const fields = operation.selectionSet.selections.flatMap((s) =>
    s.kind === 'Field' && s.name.value !== '__typename' ? [s.name.value] : [],
  );
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([query, operationName ?? null, canonical(variables ?? null)]))
    .digest('hex');
  return { fields, fingerprint, operation, fragments };
}

/** The fields named `name` selected in `set`, through inline fragments and fragment spreads. */
function selected(
  set: SelectionSetNode | undefined,
  name: string,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): FieldNode[] {
  const out: FieldNode[] = [];
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) {
      if (s.name.value === name) out.push(s);
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      out.push(...selected(s.selectionSet, name, fragments, seen));
    } else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      out.push(...selected(fragments.get(s.name.value)?.selectionSet, name, fragments, seen));
    }
  }
  return out;
}

const responseKey = (f: FieldNode) => f.alias?.value ?? f.name.value;

/** Removes the field at `path` (under whatever aliases the client gave it) from `value`, a result of `set`. */
function removeField(
  value: unknown,
  set: SelectionSetNode | undefined,
  path: readonly string[],
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) return value.forEach((v) => removeField(v, set, path, fragments));
  const [head, ...rest] = path;
  for (const field of selected(set, head!, fragments)) {
    const object = value as Record<string, unknown>;
    if (rest.length === 0) delete object[responseKey(field)];
    else removeField(object[responseKey(field)], field.selectionSet, rest, fragments);
  }
}

/** The root fields of the mutation that answer a one-time secret, each with its declaration. */
function secretFieldsOf(
  m: KeyedMutation,
  secrets: Readonly<Record<string, OneTimeSecretAnswer>>,
): Array<{ field: FieldNode; secret: OneTimeSecretAnswer }> {
  return Object.entries(secrets).flatMap(([name, secret]) =>
    selected(m.operation.selectionSet, name, m.fragments).map((field) => ({ field, secret })),
  );
}

/** The answer as stored: without its one-time secrets; null when it cannot be read (then it is not stored). */
function redacted(
  body: string,
  fields: ReturnType<typeof secretFieldsOf>,
  fragments: KeyedMutation['fragments'],
): string | null {
  if (!fields.length) return body;
  let parsed: { data?: Record<string, unknown> | null };
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  for (const { field, secret } of fields)
    for (const path of secret.fields)
      removeField(parsed.data?.[responseKey(field)], field.selectionSet, path.split('.'), fragments);
  return JSON.stringify(parsed);
}

/**
 * A repeat of a request whose answer carried a one-time secret: ALREADY_PROCESSED when it had succeeded (the secret
 * was not kept), else (a refusal) the stored answer itself.
 */
function replayOf(
  status: number,
  stored: string,
  fields: ReturnType<typeof secretFieldsOf>,
): HTTPGraphQLResponse {
  if (fields.length) {
    let data: Record<string, unknown> | null | undefined;
    try {
      data = (JSON.parse(stored) as { data?: Record<string, unknown> | null }).data;
    } catch {
      data = undefined;
    }
    const done = fields.find(({ field }) => data?.[responseKey(field)] != null);
    if (done) return errorAnswer(new DomainError('ALREADY_PROCESSED', done.secret.replayed));
  }
  return answerOf(status, stored);
}

/** JSON with sorted object keys: the same variables in another key order are the same input. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

class Rollback extends Error {
  readonly answer: HTTPGraphQLResponse;
  constructor(answer: HTTPGraphQLResponse) {
    super('rolled back: the answer is not final');
    this.answer = answer;
  }
}

function answerOf(status: number, body: string): HTTPGraphQLResponse {
  const headers = new HeaderMap();
  headers.set('content-type', 'application/json; charset=utf-8');
  return { status, headers, body: { kind: 'complete', string: body } };
}

function errorAnswer(e: DomainError): HTTPGraphQLResponse {
  return answerOf(
    200,
    JSON.stringify({ errors: [{ message: e.message, extensions: { code: e.code } }], data: null }),
  );
}

/** A final answer: executed, and every error (if any) a user error about this request. */
function isFinal(answer: HTTPGraphQLResponse): boolean {
  if ((answer.status ?? 200) !== 200 || answer.body.kind !== 'complete') return false;
  let parsed: { errors?: Array<{ extensions?: { code?: unknown } }> };
  try {
    parsed = JSON.parse(answer.body.string);
  } catch {
    return false;
  }
  return (parsed.errors ?? []).every((e) => {
    const code = e.extensions?.code;
    return typeof code === 'string' && USER_ERROR_CODES.has(code) && !TRANSIENT_CODES.has(code);
  });
}

/**
 * One transaction that first claims the key: an earlier request's stored answer is replayed (`replay`), the same key
 * with other input is refused (CONFLICT), a request still holding it answers REQUEST_IN_PROGRESS; otherwise `run`
 * writes with the transaction and stores its answer before COMMIT (throwing rolls back effect and claim alike).
 */
async function keyedTransaction<T>(
  em: EntityManager,
  claim: IdempotencyClaim,
  replay: (status: number, response: string) => T,
  run: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  return em.transactional(async (tx) => {
    const found = await claimKey(tx, claim);
    if (found.kind === 'replay') return replay(found.status, found.response);
    if (found.kind === 'mismatch')
      throw conflict('该幂等键（Idempotency-Key）已用于另一项不同的提交，请勿重复使用');
    if (found.kind === 'in-progress')
      throw new DomainError('REQUEST_IN_PROGRESS', '同一提交正在处理中，请稍后刷新查看结果');
    return run(tx);
  });
}

/** An answer of a write outside GraphQL (an upload): status and JSON body, as stored and replayed. */
export interface KeyedAnswer {
  status: number;
  body: string;
}

/**
 * A write outside GraphQL (a gateway route such as POST /files) under the request's Idempotency-Key, with the same
 * record as a keyed mutation: the same key and `input` (what the request asks for, e.g. the file's sha256 and kind)
 * gets the first answer (`replayed`), other input CONFLICT, a request still running REQUEST_IN_PROGRESS (both thrown as
 * DomainErrors). `write` runs in the key's transaction; only the answer it returns is stored (a refusal it throws
 * leaves no record). Without a key, `write` runs on `em` as it is.
 */
export async function runKeyedWrite(
  o: { em: EntityManager; retentionSeconds: number; waitMs?: number },
  r: { key: string | null; viewer: Viewer; operation: string; input: unknown },
  write: (em: EntityManager) => Promise<KeyedAnswer>,
): Promise<KeyedAnswer & { replayed: boolean }> {
  if (!r.key) return { ...(await write(o.em)), replayed: false };
  const claim: IdempotencyClaim = {
    caller: callerOf(r.viewer),
    key: r.key,
    fingerprint: createHash('sha256')
      .update(JSON.stringify([r.operation, canonical(r.input)]))
      .digest('hex'),
    operation: r.operation.slice(0, 255),
    retentionSeconds: o.retentionSeconds,
    waitMs: waitFor(o.waitMs ?? DEFAULT_WAIT_MS),
  };
  return keyedTransaction<KeyedAnswer & { replayed: boolean }>(
    o.em,
    claim,
    (status, body) => ({ status, body, replayed: true }),
    async (tx) => {
      const answer = await write(tx);
      await storeAnswer(tx, claim, answer.status, answer.body);
      return { ...answer, replayed: false };
    },
  );
}

/**
 * The keyed path of a GraphQL request: `execute` runs inside the key's transaction when the request is a keyed
 * mutation, on a plain fork otherwise (queries, exempt mutations, no key).
 */
export async function runWithIdempotency(
  o: IdempotencyOptions,
  r: { key: string | null; viewer: () => Promise<Viewer>; body: unknown },
  execute: Execute,
): Promise<HTTPGraphQLResponse> {
  const plain = () => execute(o.orm.em.fork() as EntityManager);
  if (!r.key) return plain();
  const mutation = keyedMutationOf(r.body);
  if (!mutation || mutation.fields.length === 0) return plain();
  const exempt = o.declaration?.exempt ?? {};
  if (mutation.fields.some((f) => Object.hasOwn(exempt, f))) return plain();
  let viewer: Viewer;
  try {
    viewer = await r.viewer();
  } catch {
    return plain(); // an invalid token: the context answers it, nothing runs
  }
  const secrets = secretFieldsOf(mutation, o.declaration?.secrets ?? {});
  const claim = {
    caller: callerOf(viewer),
    key: r.key,
    fingerprint: mutation.fingerprint,
    operation: mutation.fields.join(',').slice(0, 255),
    retentionSeconds: o.retentionSeconds,
    waitMs: waitFor(o.waitMs ?? DEFAULT_WAIT_MS),
  };
  try {
    return await keyedTransaction(
      o.orm.em.fork() as EntityManager,
      claim,
      (status, response) => replayOf(status, response, secrets),
      async (tx) => {
        const answer = await execute(tx);
        if (!isFinal(answer)) throw new Rollback(answer);
        const stored = redacted((answer.body as { string: string }).string, secrets, mutation.fragments);
        if (stored === null) throw new Rollback(answer);
        await storeAnswer(tx, claim, answer.status ?? 200, stored);
        return answer;
      },
    );
  } catch (error) {
    if (error instanceof Rollback) return error.answer;
    if (error instanceof DomainError) return errorAnswer(error);
    if (error instanceof DeadlineExceeded || isDeadlineCancel(error)) return errorAnswer(requestTimeout());
    o.log.error('keyed mutation failed', { error, operation: claim.operation });
    throw error;
  }
}

/** Waits no longer than the request's own deadline allows (minus a margin to answer). */
function waitFor(waitMs: number): number {
  const deadline = currentDeadline();
  if (deadline === undefined) return waitMs;
  return Math.max(1, Math.min(waitMs, deadline - Date.now() - 500));
}

/**
 * A statement cancelled by the deadline's statement_timeout (57014) once the deadline has passed: its transaction
 * was aborted, so nothing was written — the same answer as DeadlineExceeded.
 */
export function isDeadlineCancel(error: unknown): boolean {
  const deadline = currentDeadline();
  if (deadline === undefined || Date.now() < deadline - 100) return false;
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  return (e?.code ?? e?.cause?.code) === '57014';
}

/** DeadlineExceeded (or the deadline's statement timeout) thrown by a resolver → REQUEST_TIMEOUT. */
export function deadlineErrorOf(error: unknown): DomainError | null {
  const cause = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  return cause instanceof DeadlineExceeded || isDeadlineCancel(cause) ? requestTimeout() : null;
}
