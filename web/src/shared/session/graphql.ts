// The session's operations against identity: the viewer and the token payload, and the refresh and logout the
// session module posts with plain fetch. Every document is a literal graphql() call: `npm run codegen` reads them
// and generates their result and variable types into src/gql/, so urql infers both. Shared selections are
// fragments (spread by name), never interpolated strings.
import { graphql } from '../../gql/gql.ts';

// User.id is readable by PLATFORM_ADMIN only, so the viewer selects the name fields alone.
export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer {
    user {
      username
      displayName
    }
    organisation {
      id
      name
      type
      divisionCode
      registrationStatus
    }
    roles
    jurisdiction
    mustChangePassword
    idleTimeoutSeconds
  }
`);

export const AuthPayloadFields = graphql(`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    expiresIn
    refreshToken
    mustChangePassword
    viewer {
      ...ViewerFields
    }
  }
`);

/** Used by the session module with plain fetch (it must not go through the authenticated client). */
export const RefreshSession = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ...AuthPayloadFields
    }
  }
`);

/** Used by the session module with plain fetch, like RefreshSession. */
export const Logout = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);
