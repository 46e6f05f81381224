import { App as AntApp, ConfigProvider, Flex, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { Provider as GraphQLProvider } from 'urql';
import { AuthProvider, hasAnyRole, useAuth, useViewer } from './auth/AuthContext.tsx';
import { IdleTimeout } from './auth/IdleTimeout.tsx';
import { createGraphQLClient } from './graphql/client.ts';
import type { Role } from './graphql/types.ts';
import { AppLayout } from './layout/AppLayout.tsx';
import { PATHS } from './layout/menus.ts';
import { AuditLogPage } from './pages/AuditLogPage.tsx';
import { ChangePasswordPage, ForcedChangePasswordPage } from './pages/ChangePasswordPage.tsx';
import { EnterpriseProfilePage } from './pages/EnterpriseProfilePage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { OrganisationsPage } from './pages/OrganisationsPage.tsx';
import { RegisterPage } from './pages/RegisterPage.tsx';

dayjs.locale('zh-cn');

// Only in `vite dev`: the constant is false in production builds, so the IDE is not part of the bundle.
const IdePage = import.meta.env.DEV ? lazy(() => import('./pages/IdePage.tsx')) : null;

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
    if (state.mustChangePassword) return <Navigate to="/change-password" replace />;
    return <Navigate to={(location.state as FromState)?.from ?? '/'} replace />;
  }
  return children;
}

function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'anonymous') {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  if (state.mustChangePassword) return <Navigate to="/change-password" replace />;
  return children;
}

function ForcedPasswordChange() {
  const { state } = useAuth();
  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'anonymous') return <Navigate to="/login" replace />;
  if (!state.mustChangePassword) return <Navigate to="/" replace />;
  return <ForcedChangePasswordPage />;
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
              <Routes>
                <Route
                  path="/login"
                  element={
                    <PublicOnly>
                      <LoginPage />
                    </PublicOnly>
                  }
                />
                <Route
                  path="/register"
                  element={
                    <PublicOnly>
                      <RegisterPage />
                    </PublicOnly>
                  }
                />
                <Route path="/change-password" element={<ForcedPasswordChange />} />
                {IdePage && (
                  <Route
                    path="/ide"
                    element={
                      <Suspense fallback={<FullPageSpin />}>
                        <IdePage />
                      </Suspense>
                    }
                  />
                )}
                <Route
                  element={
                    <RequireAuth>
                      <AppLayout />
                    </RequireAuth>
                  }
                >
                  <Route index element={<HomePage />} />
                  <Route
                    path={PATHS.enterpriseProfile}
                    element={
                      <RequireRole roles={['ENTERPRISE']}>
                        <EnterpriseProfilePage />
                      </RequireRole>
                    }
                  />
                  <Route
                    path={PATHS.enterprises}
                    element={
                      <RequireRole roles={['REGULATOR']}>
                        <OrganisationsPage mode="directory" />
                      </RequireRole>
                    }
                  />
                  <Route
                    path={PATHS.registrations}
                    element={
                      <RequireRole roles={['PLATFORM_ADMIN', 'REGULATOR']}>
                        <OrganisationsPage mode="review" />
                      </RequireRole>
                    }
                  />
                  <Route
                    path={PATHS.audit}
                    element={
                      <RequireRole roles={['PLATFORM_ADMIN', 'AUDITOR']}>
                        <AuditLogPage />
                      </RequireRole>
                    }
                  />
                  <Route path={PATHS.changePassword} element={<ChangePasswordPage />} />
                  <Route path="*" element={<NotFound />} />
                </Route>
              </Routes>
            </BrowserRouter>
          </GraphQL>
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  );
}
