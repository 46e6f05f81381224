// The browser talks to one origin: the dev and preview servers forward the API paths to the gateway.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';
const proxy = Object.fromEntries(
  ['/graphql', '/.well-known', '/auth'].map((path) => [path, { target: gateway, changeOrigin: false }]),
);

// Split the large libraries into their own chunks so one change does not invalidate a single giant bundle.
const vendorGroups: Array<[name: string, test: RegExp]> = [
  ['react', /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/],
  ['antd-icons', /[\\/]node_modules[\\/]@ant-design[\\/]icons/],
  ['antd', /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+)[\\/]/],
  ['graphql', /[\\/]node_modules[\\/](graphql|urql|@urql|wonka)[\\/]/],
  ['dayjs', /[\\/]node_modules[\\/]dayjs[\\/]/],
  // Only loaded when a certificate file is read (CA证书登录).
  ['ca-crypto', /[\\/]node_modules[\\/](node-forge|pkijs|asn1js|pvtsutils|pvutils|@noble|bytestreamjs)[\\/]/],
];

export default defineConfig({
  plugins: [react()],
  // GraphiQL's worker setup imports monaco workers with `?worker`, which only Vite's own pipeline understands:
  // keep that one module out of dependency pre-bundling (dev only; /ide does not exist in production builds).
  optimizeDeps: { exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'] },
  server: { port: 8080, strictPort: true, proxy },
  preview: { port: 8080, strictPort: true, proxy },
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          // antd alone is ~1 MB minified: maxSize cuts its group into several cacheable pieces.
          groups: vendorGroups.map(([name, test], i) => ({
            name,
            test,
            priority: vendorGroups.length - i,
            maxSize: 400_000,
          })),
        },
      },
    },
  },
});
