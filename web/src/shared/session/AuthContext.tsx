// Who is signed in, and the transitions between anonymous, forced password change and signed in.
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type {
  AuthPayloadFieldsFragment as AuthPayload,
  Role,
  ViewerFieldsFragment as Viewer,
} from '../../gql/graphql.ts';
import {
  fetchViewer,
  getRefreshToken,
  logoutSession,
  onSessionEvent,
  refreshSession,
  storeSession,
} from './session.ts';
import { isViewerIncomplete, mergeViewer } from './viewer.ts';

/** Why the user landed on the login page; shown there. */
export type SignOutReason = 'idle' | 'expired' | 'user';

type AuthState =
  | { status: 'loading' }
  | { status: 'anonymous'; reason?: SignOutReason }
  | { status: 'authenticated'; viewer: Viewer; mustChangePassword: boolean };

type AuthContextValue = {
  state: AuthState;
  signIn: (payload: AuthPayload) => void;
  signOut: (reason: SignOutReason) => Promise<void>;
  /** Bumps on every sign-in/out so the GraphQL client (and its cache) is recreated per identity. */
  generation: number;
};

const AuthContext = createContext<AuthContextValue | null>(null);

/** The state after a login or refresh; the user and organisation already known are kept if the payload lacks them. */
function fromPayload(payload: AuthPayload, prev?: AuthState): AuthState {
  const known = prev?.status === 'authenticated' ? prev.viewer : null;
  return {
    status: 'authenticated',
    viewer: mergeViewer(known, payload.viewer),
    mustChangePassword: payload.mustChangePassword || payload.viewer.mustChangePassword,
  };
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>(() =>
    getRefreshToken() ? { status: 'loading' } : { status: 'anonymous' },
  );
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const off = onSessionEvent((event) => {
      if (event.kind === 'refreshed') {
        // A refresh keeps the identity; only the viewer's flags may have changed.
        setState((prev) => (prev.status === 'anonymous' ? prev : fromPayload(event.payload, prev)));
      } else {
        setState((prev) => (prev.status === 'anonymous' ? prev : { status: 'anonymous', reason: 'expired' }));
        setGeneration((g) => g + 1);
      }
    });
    // A reload keeps only the refresh token: trade it for a new access token and the viewer.
    if (getRefreshToken()) {
      void refreshSession().then((payload) => {
        if (!payload) setState({ status: 'anonymous' });
      });
    }
    return off;
  }, []);

  const signIn = useCallback((payload: AuthPayload) => {
    storeSession(payload);
    setState(fromPayload(payload));
    setGeneration((g) => g + 1);
  }, []);

  const signOut = useCallback(async (reason: SignOutReason) => {
    await logoutSession();
    setState({ status: 'anonymous', reason });
    setGeneration((g) => g + 1);
  }, []);

  // The header shows the user and organisation: read them with the new token when the payload lacked them, once per
  // sign-in (a reload is generation 0).
  // An answer that arrives after the next sign-in or sign-out (another generation) is dropped.
  const askedFor = useRef<number | null>(null);
  const currentGeneration = useRef(generation);
  useEffect(() => {
    currentGeneration.current = generation;
  }, [generation]);
  const incomplete = state.status === 'authenticated' && isViewerIncomplete(state.viewer);
  useEffect(() => {
    if (!incomplete || askedFor.current === generation) return;
    askedFor.current = generation;
    void fetchViewer().then((fresh) => {
      if (!fresh || currentGeneration.current !== generation) return;
      setState((prev) =>
        prev.status === 'authenticated' ? { ...prev, viewer: mergeViewer(prev.viewer, fresh) } : prev,
      );
    });
  }, [incomplete, generation]);

  const value = useMemo(() => ({ state, signIn, signOut, generation }), [state, signIn, signOut, generation]);
  return <AuthContext value={value}>{children}</AuthContext>;
}

export function useAuth(): AuthContextValue {
  const ctx = use(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

/** The signed-in viewer; only for components rendered behind the authentication guard. */
export function useViewer(): Viewer {
  const { state } = useAuth();
  if (state.status !== 'authenticated') throw new Error('useViewer without a session');
  return state.viewer;
}

export function hasAnyRole(viewer: Viewer, roles: readonly Role[]): boolean {
  return viewer.roles.some((r) => roles.includes(r));
}
