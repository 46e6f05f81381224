// Who is signed in, and the transitions between anonymous, forced password change and signed in.
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type {
  AuthPayloadFieldsFragment as AuthPayload,
  Role,
  ViewerFieldsFragment as Viewer,
} from '../../gql/graphql.ts';
import { getRefreshToken, logoutSession, onSessionEvent, refreshSession, storeSession } from './session.ts';

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

function fromPayload(payload: AuthPayload): AuthState {
  return {
    status: 'authenticated',
    viewer: payload.viewer,
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
        setState((prev) => (prev.status === 'anonymous' ? prev : fromPayload(event.payload)));
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
