// The browser talks to one origin: the dev and preview servers forward the API paths to the gateway.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';
const proxy = Object.fromEntries(
  ['/graphql', '/.well-known', '/auth', '/files', '/exports'].map((path) => [
    path,
    { target: gateway, changeOrigin: false },
  ]),
);

export default defineConfig({
  plugins: [react()],
  // GraphiQL's worker setup imports monaco workers with `?worker`, which only Vite's own pipeline understands:
  // keep that one module out of dependency pre-bundling (dev only; /ide does not exist in production builds).
  optimizeDeps: {
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
    // The CA-login crypto is imported lazily; pre-bundle it at start so its first use does not trigger a re-optimise
    // and page reload in the middle of a sign-in.
    include: ['node-forge', 'pkijs', 'asn1js'],
  },
  server: { port: 8080, strictPort: true, proxy },
  preview: { port: 8080, strictPort: true, proxy },
});
