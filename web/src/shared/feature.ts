// What a feature folder tells the app shell: its pages (path, who may open them, how they load) and its menu
// entries. App.tsx builds the router and layout/menus.ts each role's menu from the list in features/index.ts, so a
// new capability is one folder and one line there. No React or antd here (only types), so web/test can import every
// feature's routes under Node.
import type { ComponentType } from 'react';
import type { Role } from '../gql/graphql.ts';

/** A page module loaded when the page is first opened (each role uses a few of the pages). */
export type PageLoader = () => Promise<ComponentType>;

/**
 * Who may open a page, and in which frame:
 * - `roles`: in the app frame (menu and header), signed in with one of the roles; the others see 无权访问;
 * - `signed-in`: in the app frame, any signed-in user;
 * - `anonymous`: without a session only (登录, 注册); a signed-in user is sent on;
 * - `password-change`: only while the password must be changed, without the frame;
 * - `open`: anyone, without the frame (development tools).
 */
export type Access = { roles: readonly Role[] } | 'signed-in' | 'anonymous' | 'password-change' | 'open';

/** Where an entry stands in the menu. */
export type MenuEntry = {
  /** Stable key: an entry several of a user's roles see is listed once. */
  key: string;
  /** The manuals' wording. */
  label: string;
  /** Position among its siblings, lower first: one number, or one per role where the roles' menus differ. */
  order: number | Partial<Record<Role, number>>;
  /** The key of the group it is listed under; none: top level. */
  group?: string;
  icon?: ComponentType;
};

export type FeatureRoute =
  | { path: string; access: { roles: readonly Role[] }; page: PageLoader; menu?: MenuEntry }
  | { path: string; access: Exclude<Access, { roles: readonly Role[] }>; page: PageLoader; menu?: never };

/**
 * A menu entry that is not a page of its own: a group (entries name it as their `group`), or a capability not built
 * yet, which the menu shows disabled (功能建设中), never as a placeholder page.
 */
export type MenuItem = MenuEntry & { roles: readonly Role[] };

export type Feature = {
  routes: readonly FeatureRoute[];
  menu?: readonly MenuItem[];
};
