// 用户管理 without React (web/test runs it): which roles a user of each kind of organisation may hold, a user's
// state, and the user search, most of which the API cannot do (users() filters by organisation only), so it runs in
// the browser over every page.
import type { AdminUserFieldsFragment as User, OrganisationType, Role } from '../../gql/graphql.ts';
import { contains } from '../../shared/list/client-pages.ts';
import { ROLES_BY_ORGANISATION } from './generated/permissions.ts';

/** The roles a user of each organisation type may hold: identity's rule, generated; the forms offer only these. */
export const ASSIGNABLE_ROLES = ROLES_BY_ORGANISATION;

/** 登录名 as identity accepts it (account-rules.ts assertUsername). */
export const USERNAME = /^[A-Za-z0-9_.@-]{3,64}$/;

/** Organisation types the platform operator creates (enterprises register themselves). */
export const CREATABLE_ORGANISATION_TYPES: readonly OrganisationType[] = [
  'INSURER',
  'BROKER',
  'PREVENTION_ORG',
  'REGULATOR',
  'PLATFORM',
];

export type UserState = 'ACTIVE' | 'DISABLED' | 'LOCKED';

export const USER_STATES: Record<UserState, { label: string; color: string }> = {
  ACTIVE: { label: '正常', color: 'success' },
  LOCKED: { label: '已锁定', color: 'warning' },
  DISABLED: { label: '已停用', color: 'default' },
};

type UserLike = Pick<User, 'enabled' | 'lockedUntil'>;

export function isLocked(user: Pick<User, 'lockedUntil'>, now: Date = new Date()): boolean {
  return !!user.lockedUntil && Date.parse(user.lockedUntil) > now.getTime();
}

/** 已停用 before 已锁定: a disabled account cannot sign in whatever its lock. */
export function userState(user: UserLike, now: Date = new Date()): UserState {
  if (!user.enabled) return 'DISABLED';
  return isLocked(user, now) ? 'LOCKED' : 'ACTIVE';
}

/** The 用户管理 search form. */
export type UserSearch = {
  username?: string | undefined;
  displayName?: string | undefined;
  organisationId?: string | undefined;
  role?: Role | undefined;
  state?: UserState | undefined;
};

/** True when the search asks for more than the API filters (organisation): the browser filters every page then. */
export function filtersInBrowser(search: UserSearch): boolean {
  return !!(search.username?.trim() || search.displayName?.trim() || search.role || search.state);
}

export function matchesUser(user: User, search: UserSearch, now: Date = new Date()): boolean {
  return (
    contains(user.username, search.username) &&
    contains(user.displayName, search.displayName) &&
    (!search.role || user.roles.includes(search.role)) &&
    (!search.state || userState(user, now) === search.state)
  );
}
