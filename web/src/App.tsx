import { App as AntApp, ConfigProvider, Flex, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { Provider as GraphQLProvider } from 'urql';
import { FEATURES } from './features/index.ts';
import { AUTH_PATHS } from './features/auth/routes.ts';
import { ide } from './features/ide/routes.ts';
import type { Role } from './gql/graphql.ts';
import { AppLayout } from './layout/AppLayout.tsx';
import { HomePage } from './layout/HomePage.tsx';
import type { Access } from './shared/feature.ts';
import { createGraphQLClient } from './shared/graphql/client.ts';
import { AuthProvider, hasAnyRole, useAuth, useViewer } from './shared/session/AuthContext.tsx';
import { IdleTimeout } from './shared/session/IdleTimeout.tsx';

dayjs.locale('zh-cn');

// The IDE has pages in `vite dev` only (features/ide/routes.ts).
const features = [...FEATURES, ide];

/**
 * Every page is loaded when first opened. Each role uses a few of the pages, so the first load carries only the
 * shell and the home page; forms, tables, uploads and the 数据大屏's charts and map come with the page that needs them.
 */
const pages = features
  .flatMap((f) => f.routes)
  .map((route) => ({ ...route, Page: lazy(async () => ({ default: await route.page() })) }));

/** Pages in the app frame (menu and header) need a session; the others stand alone. */
const inFrame = (access: Access) => access === 'signed-in' || typeof access === 'object';
const standalonePages = pages.filter((p) => !inFrame(p.access));
const framedPages = pages.filter((p) => inFrame(p.access));

function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

type FromState = { from?: string } | null;

/** 登录 and 注册: only without a session. */
function PublicOnly({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'authenticated') {
    if (state.mustChangePassword) return <Navigate to={AUTH_PATHS.forcedPasswordChange} replace />;
    return <Navigate to={(location.state as FromState)?.from ?? '/'} replace />;
  }
  return children;
}

function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'anonymous') {
    return <Navigate to={AUTH_PATHS.login} replace state={{ from: location.pathname + location.search }} />;
  }
  if (state.mustChangePassword) return <Navigate to={AUTH_PATHS.forcedPasswordChange} replace />;
  return children;
}

function ForcedPasswordChange({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'anonymous') return <Navigate to={AUTH_PATHS.login} replace />;
  if (!state.mustChangePassword) return <Navigate to="/" replace />;
  return children;
}

function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const viewer = useViewer();
  if (!hasAnyRole(viewer, roles)) {
    return <Result status="403" title="无权访问" subTitle="您的角色无权访问该页面。" />;
  }
  return children;
}

function NotFound() {
  return <Result status="404" title="页面不存在" extra={<Link to="/">返回首页</Link>} />;
}

/** A page behind the guard its access asks for. */
function guarded({ access, Page }: (typeof pages)[number]): ReactNode {
  if (access === 'anonymous')
    return (
      <PublicOnly>
        <Page />
      </PublicOnly>
    );
  if (access === 'password-change')
    return (
      <ForcedPasswordChange>
        <Page />
      </ForcedPasswordChange>
    );
  if (access === 'open' || access === 'signed-in') return <Page />;
  return (
    <RequireRole roles={access.roles}>
      <Page />
    </RequireRole>
  );
}

function pageRoute(page: (typeof pages)[number]) {
  return <Route key={page.path} path={page.path} element={guarded(page)} />;
}

/** One GraphQL client per identity, so nothing cached for one user is shown to the next. */
function GraphQL({ children }: { children: ReactNode }) {
  const { generation } = useAuth();
  const client = useMemo(() => createGraphQLClient(), [generation]);
  return <GraphQLProvider value={client}>{children}</GraphQLProvider>;
}

export function App() {
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <AntApp>
        <AuthProvider>
          <GraphQL>
            <BrowserRouter>
              <IdleTimeout />
              <Suspense fallback={<FullPageSpin />}>
                <Routes>
                  {standalonePages.map(pageRoute)}
                  <Route
                    element={
                      <RequireAuth>
                        <AppLayout />
                      </RequireAuth>
                    }
                  >
                    <Route index element={<HomePage />} />
                    {framedPages.map(pageRoute)}
                    <Route path="*" element={<NotFound />} />
                  </Route>
                </Routes>
              </Suspense>
            </BrowserRouter>
          </GraphQL>
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  );
}
