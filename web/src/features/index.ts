// The features of the web app, one line each: App.tsx makes their routes, layout/menus.ts their menu entries.
// features/ide (GraphiQL, `vite dev` only) is added by App.tsx.
import type { Feature } from '../shared/feature.ts';
import { admin } from './admin/routes.ts';
import { audit } from './audit/routes.ts';
import { auth } from './auth/routes.ts';
import { claims } from './claims/routes.ts';
import { dashboard } from './dashboard/routes.ts';
import { enterprise } from './enterprise/routes.ts';
import { organisations } from './organisations/routes.ts';
import { planned } from './planned/routes.ts';
import { projects } from './projects/routes.ts';
import { underwriting } from './underwriting/routes.ts';

export const FEATURES: readonly Feature[] = [
  auth,
  enterprise,
  projects,
  underwriting,
  claims,
  dashboard,
  organisations,
  admin,
  audit,
  planned,
];
