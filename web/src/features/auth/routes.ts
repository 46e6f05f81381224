// 登录, 注册 and 修改密码: the pages around the session.
import type { Feature } from '../../shared/feature.ts';

export const AUTH_PATHS = {
  login: '/login',
  register: '/register',
  /** While mustChangePassword is set: the only reachable page, without the menu. */
  forcedPasswordChange: '/change-password',
  /** 修改密码 from the header, in the app frame. */
  changePassword: '/account/password',
} as const;

export const auth: Feature = {
  routes: [
    {
      path: AUTH_PATHS.login,
      access: 'anonymous',
      page: () => import('./LoginPage.tsx').then((m) => m.LoginPage),
    },
    {
      path: AUTH_PATHS.register,
      access: 'anonymous',
      page: () => import('./RegisterPage.tsx').then((m) => m.RegisterPage),
    },
    {
      path: AUTH_PATHS.forcedPasswordChange,
      access: 'password-change',
      page: () => import('./ChangePasswordPage.tsx').then((m) => m.ForcedChangePasswordPage),
    },
    {
      path: AUTH_PATHS.changePassword,
      access: 'signed-in',
      page: () => import('./ChangePasswordPage.tsx').then((m) => m.ChangePasswordPage),
    },
  ],
};
