// Session tokens: the access token lives only in memory; the refresh token in sessionStorage so a reload of the tab
// keeps the session but closing the tab ends it. authFetch adds the bearer token and, when the server answers
// UNAUTHENTICATED (or the token is about to expire), rotates the tokens with refreshSession once and retries.
import { stringifyDocument, type TypedDocumentNode } from '@urql/core';
import type {
  AuthPayloadFieldsFragment as AuthPayload,
  ViewerFieldsFragment as Viewer,
} from '../../gql/graphql.ts';
import { Logout, RefreshSession, ViewerQuery } from './graphql.ts';

const REFRESH_KEY = 'anze.refreshToken';
const GRAPHQL_URL = '/graphql';
/** Refresh a little before the server's expiry so a request in flight does not race it. */
const EXPIRY_MARGIN_MS = 15_000;

let accessToken: string | null = null;
let accessExpiresAt = 0;
let refreshing: Promise<AuthPayload | null> | null = null;

type Listener = (event: { kind: 'refreshed'; payload: AuthPayload } | { kind: 'expired' }) => void;
const listeners = new Set<Listener>();

export function onSessionEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getRefreshToken(): string | null {
  return sessionStorage.getItem(REFRESH_KEY);
}

export function getAccessToken(): string | null {
  return accessToken;
}

export function storeSession(payload: AuthPayload): void {
  accessToken = payload.accessToken;
  accessExpiresAt = Date.now() + payload.expiresIn * 1000;
  sessionStorage.setItem(REFRESH_KEY, payload.refreshToken);
}

export function clearSession(): void {
  accessToken = null;
  accessExpiresAt = 0;
  sessionStorage.removeItem(REFRESH_KEY);
}

type GraphQLResponse<T> = {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
};

/**
 * Posts a generated document (printed, with its fragments) outside the urql client; typed by the document. Without
 * a token unless `send` is authFetch.
 */
async function postGraphQL<Data, Variables extends Record<string, unknown>>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  send: typeof fetch = fetch,
): Promise<GraphQLResponse<Data>> {
  const query = stringifyDocument(document);
  const response = await send(GRAPHQL_URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<Data>;
}

/**
 * Rotates the tokens. Concurrent callers share one request: a refresh token is single-use and a reused one revokes
 * the whole session, so two parallel refreshes would log the user out.
 */
export function refreshSession(): Promise<AuthPayload | null> {
  if (refreshing) return refreshing;
  const refreshToken = getRefreshToken();
  if (!refreshToken) return Promise.resolve(null);
  refreshing = (async () => {
    try {
      const result = await postGraphQL(RefreshSession, { refreshToken });
      const payload = result.data?.refreshSession;
      if (!payload) throw new Error(result.errors?.[0]?.message ?? 'refreshSession failed');
      storeSession(payload);
      listeners.forEach((l) => l({ kind: 'refreshed', payload }));
      return payload;
    } catch {
      clearSession();
      listeners.forEach((l) => l({ kind: 'expired' }));
      return null;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** Revokes the session server-side; local state is cleared whatever the server says. */
export async function logoutSession(): Promise<void> {
  const refreshToken = getRefreshToken();
  clearSession();
  if (!refreshToken) return;
  try {
    await postGraphQL(Logout, { refreshToken });
  } catch {
    // The session is gone locally; an unreachable server cannot undo that.
  }
}

function withBearer(init: RequestInit | undefined, token: string | null): RequestInit {
  const headers = new Headers(init?.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  else headers.delete('authorization');
  return { ...init, headers };
}

async function isUnauthenticated(response: Response): Promise<boolean> {
  if (response.status === 401) return true;
  if (!(response.headers.get('content-type') ?? '').includes('json')) return false;
  try {
    const body = (await response.clone().json()) as GraphQLResponse<unknown>;
    return (body.errors ?? []).some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
  } catch {
    return false;
  }
}

/** The fetch given to the urql client. */
export async function authFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  // After a reload only the refresh token survives; an access token close to expiry is renewed first.
  if (getRefreshToken() && (!accessToken || Date.now() > accessExpiresAt - EXPIRY_MARGIN_MS)) {
    await refreshSession();
  }
  const sentToken = accessToken;
  const response = await fetch(input, withBearer(init, sentToken));
  if (!sentToken || !(await isUnauthenticated(response))) return response;
  const renewed = await refreshSession();
  if (!renewed) return response;
  return fetch(input, withBearer(init, renewed.accessToken));
}

/** The viewer as the current access token sees it (`viewer` query); null when it cannot be read. */
export async function fetchViewer(): Promise<Viewer | null> {
  try {
    const result = await postGraphQL(ViewerQuery, {}, authFetch);
    return result.data?.viewer ?? null;
  } catch {
    return null;
  }
}
