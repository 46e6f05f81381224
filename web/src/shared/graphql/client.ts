import { cacheExchange, createClient, fetchExchange } from 'urql';
import { authFetch } from '../session/session.ts';
import { withIdempotentRetries } from './retry.ts';

export function createGraphQLClient() {
  return createClient({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    // Mutations carry an Idempotency-Key and are repeated with it while their outcome is open (retry.ts).
    fetch: withIdempotentRetries(authFetch),
    // Always POST with a JSON body: the gateway's CSRF protection refuses simple GET requests.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
  });
}
