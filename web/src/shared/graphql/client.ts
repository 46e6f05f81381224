import { cacheExchange, createClient, fetchExchange } from 'urql';
import { authFetch } from '../session/session.ts';

export function createGraphQLClient() {
  return createClient({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    fetch: authFetch,
    // Always POST with a JSON body: the gateway's CSRF protection refuses simple GET requests.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
  });
}
