import { App as AntApp, ConfigProvider, Flex, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, useMemo, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { Provider as GraphQLProvider } from 'urql';
import { AuthProvider, hasAnyRole, useAuth, useViewer } from './shared/session/AuthContext.tsx';
import { IdleTimeout } from './shared/session/IdleTimeout.tsx';
import { createGraphQLClient } from './shared/graphql/client.ts';
import type { Role } from './gql/graphql.ts';
import { AppLayout } from './layout/AppLayout.tsx';
import { PATHS } from './layout/menus.ts';
import { ChangePasswordPage, ForcedChangePasswordPage } from './features/auth/ChangePasswordPage.tsx';
import { HomePage } from './layout/HomePage.tsx';
import { LoginPage } from './features/auth/LoginPage.tsx';

dayjs.locale('zh-cn');

/**
 * A page loaded when first opened. Each role uses a few of the pages, so the first load carries only the shell,
 * 登录 and the home page; tables, forms, uploads and the 数据大屏's charts and map come with the page that needs them.
 */
function page<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

// Only in `vite dev`: the constant is false in production builds, so the IDE is not part of the bundle.
const IdePage = import.meta.env.DEV ? lazy(() => import('./features/ide/IdePage.tsx')) : null;
const RegisterPage = page(() => import('./features/auth/RegisterPage.tsx').then((m) => m.RegisterPage));
const AuditLogPage = page(() => import('./features/audit/AuditLogPage.tsx').then((m) => m.AuditLogPage));
const EnterpriseProfilePage = page(() =>
  import('./features/enterprise/EnterpriseProfilePage.tsx').then((m) => m.EnterpriseProfilePage),
);
const OrganisationsPage = page(() =>
  import('./features/organisations/OrganisationsPage.tsx').then((m) => m.OrganisationsPage),
);
const ProjectListPage = page(() =>
  import('./features/projects/ProjectListPage.tsx').then((m) => m.ProjectListPage),
);
const ProjectDetailPage = page(() =>
  import('./features/projects/ProjectDetailPage.tsx').then((m) => m.ProjectDetailPage),
);
const NewProjectPage = page(() =>
  import('./features/projects/ProjectFormPage.tsx').then((m) => m.NewProjectPage),
);
const EditProjectPage = page(() =>
  import('./features/projects/ProjectFormPage.tsx').then((m) => m.EditProjectPage),
);
const RegulatorProjectsPage = page(() =>
  import('./features/projects/RegulatorProjectsPage.tsx').then((m) => m.RegulatorProjectsPage),
);
const RegulatorDashboardPage = page(() =>
  import('./features/dashboard/RegulatorDashboardPage.tsx').then((m) => m.RegulatorDashboardPage),
);

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
              <Suspense fallback={<FullPageSpin />}>
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
                  {IdePage && <Route path="/ide" element={<IdePage />} />}
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
                      path={PATHS.projects}
                      element={
                        <RequireRole roles={['ENTERPRISE']}>
                          <ProjectListPage />
                        </RequireRole>
                      }
                    />
                    <Route
                      path={PATHS.projectNew}
                      element={
                        <RequireRole roles={['ENTERPRISE']}>
                          <NewProjectPage />
                        </RequireRole>
                      }
                    />
                    <Route
                      path={`${PATHS.projects}/:id`}
                      element={
                        <RequireRole roles={['ENTERPRISE']}>
                          <ProjectDetailPage />
                        </RequireRole>
                      }
                    />
                    <Route
                      path={`${PATHS.projects}/:id/edit`}
                      element={
                        <RequireRole roles={['ENTERPRISE']}>
                          <EditProjectPage />
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
                    <Route
                      path={PATHS.regulatorProjects}
                      element={
                        <RequireRole roles={['REGULATOR', 'PLATFORM_ADMIN']}>
                          <RegulatorProjectsPage />
                        </RequireRole>
                      }
                    />
                    <Route
                      path={PATHS.regulatorDashboard}
                      element={
                        <RequireRole roles={['REGULATOR', 'PLATFORM_ADMIN']}>
                          <RegulatorDashboardPage />
                        </RequireRole>
                      }
                    />
                    <Route path={PATHS.changePassword} element={<ChangePasswordPage />} />
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
