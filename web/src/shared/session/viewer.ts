// The signed-in viewer as the header and the guards use it. The payload of a login or token refresh describes the
// viewer, but its user and organisation may be missing (identity answers them as for an anonymous caller, since the
// request carried no token yet); a `viewer` query with the new token then fills them in. No React here, so web/test
// can run it under Node.
import type { ViewerFieldsFragment as Viewer } from '../../gql/graphql.ts';

/** Whether the viewer still lacks the names the header shows (user, organisation). */
export function isViewerIncomplete(viewer: Viewer): boolean {
  return viewer.user === null || viewer.organisation === null;
}

/**
 * The viewer from a newer answer, keeping the user and organisation already known when the newer one lacks them
 * (a token refresh's payload has the same gap as the login's; the identity is the same).
 */
export function mergeViewer(known: Viewer | null, fresh: Viewer): Viewer {
  if (!known) return fresh;
  return {
    ...fresh,
    user: fresh.user ?? known.user,
    organisation: fresh.organisation ?? known.organisation,
  };
}
