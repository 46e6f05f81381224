// Submitting safely under faults (issue 11). Every mutation request, and every upload (POST /files), gets a fresh
// Idempotency-Key; when its outcome is open (no answer, OUTCOME_UNKNOWN, REQUEST_TIMEOUT, REQUEST_IN_PROGRESS, a 5xx
// page) the same request is sent again with the same key, a bounded number of times with backoff: the server answers
// a repeat with the first result, so a write that happened is reported, not duplicated. If the outcome stays open,
// the user is told so in Chinese and asked to look before submitting again.

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** Answers after which the same request (same key) is sent again. */
export const RETRY_CODES: ReadonlySet<string> = new Set([
  'OUTCOME_UNKNOWN',
  'REQUEST_TIMEOUT',
  'REQUEST_IN_PROGRESS',
]);

export const OUTCOME_UNKNOWN_MESSAGE = '提交结果未知：请先刷新查看是否已保存，再决定是否重新提交';

export interface RetryOptions {
  /** Sends in all, the first included (default 4). */
  attempts?: number;
  /** Wait before the n-th repeat: baseDelayMs × 2^(n-1), at most maxDelayMs (defaults 500 ms, 4 s). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  newKey?: () => string;
  sleep?: (ms: number) => Promise<void>;
}

/** Whether a GraphQL request body is a mutation (urql prints fragments after the operation, or before it). */
export function isMutationRequest(body: unknown): boolean {
  if (typeof body !== 'string') return false;
  try {
    const query = (JSON.parse(body) as { query?: unknown }).query;
    return typeof query === 'string' && /(?:^|\})\s*mutation\b/.test(query.replace(/#[^\n]*/g, ''));
  } catch {
    return false;
  }
}

/** The code that leaves the outcome open, or null for a definite answer. */
async function openOutcomeOf(response: Response): Promise<string | null> {
  if (response.status >= 500) return 'OUTCOME_UNKNOWN';
  if (!(response.headers.get('content-type') ?? '').includes('json')) return null;
  try {
    const body = (await response.clone().json()) as { errors?: Array<{ extensions?: { code?: unknown } }> };
    const code = body.errors
      ?.map((e) => e.extensions?.code)
      .find((c) => typeof c === 'string' && RETRY_CODES.has(c));
    return typeof code === 'string' ? code : null;
  } catch {
    return 'OUTCOME_UNKNOWN';
  }
}

function unknownOutcome(): Response {
  const body = {
    data: null,
    errors: [{ message: OUTCOME_UNKNOWN_MESSAGE, extensions: { code: 'OUTCOME_UNKNOWN' } }],
  };
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends one write with a fresh Idempotency-Key and, while its outcome is open, again with the same key (bounded, with
 * backoff). Resolves with the first definite answer, the last REQUEST_TIMEOUT, or an OUTCOME_UNKNOWN answer; rejects
 * only when the page cancelled the request.
 */
export async function sendKeyed(
  send: typeof fetch,
  input: RequestInfo | URL,
  init: RequestInit | undefined,
  o: RetryOptions = {},
): Promise<Response> {
  const attempts = Math.max(1, o.attempts ?? 4);
  const base = o.baseDelayMs ?? 500;
  const max = o.maxDelayMs ?? 4000;
  const sleep = o.sleep ?? defaultSleep;
  const headers = new Headers(init?.headers);
  headers.set(IDEMPOTENCY_KEY_HEADER, (o.newKey ?? (() => crypto.randomUUID()))());
  const request: RequestInit = { ...init, headers };
  let timedOut: Response | null = null;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep(Math.min(base * 2 ** (attempt - 2), max));
    let response: Response;
    try {
      response = await send(input, request);
    } catch (error) {
      if (init?.signal?.aborted) throw error; // cancelled by the page, not a fault
      timedOut = null;
      continue;
    }
    const open = await openOutcomeOf(response);
    if (!open) return response;
    // REQUEST_TIMEOUT says the write was rolled back: if it stays the last answer, the user may simply submit again.
    timedOut = open === 'REQUEST_TIMEOUT' ? response : null;
  }
  return timedOut ?? unknownOutcome();
}

/** `fetch` for the GraphQL client: mutations keyed and retried as described above; anything else passed through. */
export function withIdempotentRetries(send: typeof fetch, o: RetryOptions = {}): typeof fetch {
  return (input, init) =>
    isMutationRequest(init?.body) ? sendKeyed(send, input, init, o) : send(input, init);
}
