// Calls a subgraph (with the gateway credential, as the gateway would) or the gateway itself, as a given caller.
export const TEST_GATEWAY_SECRET = 'test-gateway-secret-0123456789abcdef';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{
    message: string;
    path?: string[];
    extensions?: { code?: string; field?: string } & Record<string, unknown>;
  }>;
  headers: Headers;
}

export interface CallOptions {
  variables?: Record<string, unknown>;
  token?: string | null;
  headers?: Record<string, string>;
  /** Subgraph calls carry the gateway secret unless this is false. */
  gatewaySecret?: string | false;
}

export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  o: CallOptions = {},
): Promise<GraphQLResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...o.headers };
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  if (o.gatewaySecret !== false) headers['x-anze-gateway-secret'] = o.gatewaySecret ?? TEST_GATEWAY_SECRET;
  const res = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: o.variables }),
  });
  const text = await res.text();
  let body: { data?: T; errors?: GraphQLResult['errors'] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
}

/** The data of a call that must succeed; throws with the errors otherwise. */
export async function ok<T = Record<string, unknown>>(
  url: string,
  query: string,
  o: CallOptions = {},
): Promise<T> {
  const r = await graphql<T>(url, query, o);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors ?? r)}`);
  return r.data;
}

/** The first error code of a call that must fail. */
export async function errorCode(
  url: string,
  query: string,
  o: CallOptions = {},
): Promise<string | undefined> {
  const r = await graphql(url, query, o);
  if (!r.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
  return r.errors[0]!.extensions?.code;
}

/** Calls to one GraphQL endpoint with default options; `url` may be a function (a service restarts on a new port). */
export interface GraphQLEndpoint {
  call<T = Record<string, unknown>>(query: string, o?: CallOptions): Promise<GraphQLResult<T>>;
  ok<T = Record<string, unknown>>(query: string, o?: CallOptions): Promise<T>;
}

/** An endpoint called as one caller: its token goes with every call unless the call names another. */
export interface Caller extends GraphQLEndpoint {
  token: string;
}

export function graphqlEndpoint(url: string | (() => string), defaults: CallOptions = {}): GraphQLEndpoint {
  const at = typeof url === 'string' ? () => url : url;
  return {
    call: (query, o) => graphql(at(), query, { ...defaults, ...o }),
    ok: (query, o) => ok(at(), query, { ...defaults, ...o }),
  };
}

export function callerAt(url: string | (() => string), token: string, defaults: CallOptions = {}): Caller {
  return { token, ...graphqlEndpoint(url, { ...defaults, token }) };
}
