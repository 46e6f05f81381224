// Development only (/ide): GraphiQL bundled from node_modules (no CDN), talking to /graphql with the current session.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import type { ComponentProps } from 'react';
import { authFetch } from '../../shared/session/session.ts';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

const fetcher: Fetcher = async (params, options) => {
  const response = await authFetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options?.headers as Record<string, string> | undefined),
    },
    body: JSON.stringify(params),
  });
  return response.json();
};

export default function IdePage() {
  return (
    <div style={{ height: '100vh' }}>
      <GraphiQL fetcher={fetcher} />
    </div>
  );
}
