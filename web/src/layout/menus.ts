// Menus per role, Heilongjiang naming (DOMAIN.md §3), built from what the features declare (features/index.ts): the
// pages with a menu entry and the groups and not-yet-built capabilities of features/planned.ts. An item without a
// path and without children is a capability that is not built yet: it is shown disabled, never as a placeholder page.
import type { ComponentType } from 'react';
import type { Role } from '../gql/graphql.ts';
import type { Feature, MenuEntry } from '../shared/feature.ts';

export type MenuNode = {
  key: string;
  label: string;
  path?: string;
  icon?: ComponentType;
  children?: MenuNode[];
};

type Placed = MenuEntry & { roles: readonly Role[]; path?: string };

function placedEntries(features: readonly Feature[]): Placed[] {
  const placed: Placed[] = [];
  for (const feature of features) {
    for (const route of feature.routes) {
      if (route.menu) placed.push({ ...route.menu, roles: route.access.roles, path: route.path });
    }
    placed.push(...(feature.menu ?? []));
  }
  return placed;
}

function orderIn(entry: Placed, role: Role): number {
  return typeof entry.order === 'number' ? entry.order : (entry.order[role] ?? Number.MAX_SAFE_INTEGER);
}

function nodesOf(entries: readonly Placed[], role: Role, group: string | undefined): MenuNode[] {
  return entries
    .filter((e) => e.group === group && e.roles.includes(role))
    .sort((a, b) => orderIn(a, role) - orderIn(b, role))
    .map((e) => {
      const node: MenuNode = { key: e.key, label: e.label };
      if (e.path) node.path = e.path;
      if (e.icon) node.icon = e.icon;
      const children = nodesOf(entries, role, e.key);
      if (children.length) node.children = children;
      return node;
    });
}

/** The menu of a user holding several roles: each role's items in role order, shared items once. */
export function menuFor(features: readonly Feature[], roles: readonly Role[]): MenuNode[] {
  const entries = placedEntries(features);
  const seen = new Set<string>();
  const result: MenuNode[] = [];
  for (const role of roles) {
    for (const node of nodesOf(entries, role, undefined)) {
      if (seen.has(node.key)) continue;
      seen.add(node.key);
      result.push(node);
    }
  }
  return result;
}

export function firstPath(nodes: readonly MenuNode[]): string | undefined {
  for (const node of nodes) {
    const path = node.path ?? (node.children ? firstPath(node.children) : undefined);
    if (path) return path;
  }
  return undefined;
}
