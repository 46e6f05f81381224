// GraphiQL at /ide, for development only: the constant is false in production builds, so the page (and GraphiQL) is
// not part of the bundle. Vite's import.meta.env exists only in the app, hence App.tsx adds this feature, not
// features/index.ts (which web/test imports under Node).
import type { Feature } from '../../shared/feature.ts';

export const ide: Feature = {
  routes: import.meta.env.DEV
    ? [{ path: '/ide', access: 'open', page: () => import('./IdePage.tsx').then((m) => m.default) }]
    : [],
};
