// Deny by default: every field of every object type is wrapped with a check derived from @auth / @public on the
// field or, failing that, on its type. A field with neither is refused at run time and reported by unguardedFields().
import {
  defaultFieldResolver,
  isObjectType,
  isIntrospectionType,
  type ConstDirectiveNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { DomainError, forbidden, passwordChangeRequired, unauthenticated } from './errors.ts';
import { graphQLErrorOf } from './graphql-errors.ts';
import { readFileSync } from 'node:fs';
import type { Role, Viewer } from './viewer.ts';

/** SDL of the directives and the Role enum, prepended to every subgraph's schema.graphql. */
export const AUTH_SDL = readFileSync(new URL('./auth.graphql', import.meta.url), 'utf8');

export type Rule =
  { kind: 'public' } | { kind: 'roles'; roles: ReadonlySet<Role>; pendingPasswordChange: boolean };

/** Federation plumbing reached only through the gateway (whose credential the server kit checks). */
const FEDERATION_FIELDS = new Set(['Query._service', 'Query._entities']);

interface WithViewer {
  viewer: Viewer;
}

function directives(
  node: { directives?: readonly ConstDirectiveNode[] } | null | undefined,
): readonly ConstDirectiveNode[] {
  return node?.directives ?? [];
}

function typeDirectives(type: GraphQLObjectType): ConstDirectiveNode[] {
  return [type.astNode, ...type.extensionASTNodes].flatMap((n) => [...directives(n)]);
}

function ruleFrom(found: readonly ConstDirectiveNode[], pending: boolean): Rule | null {
  if (found.some((d) => d.name.value === 'public')) return { kind: 'public' };
  const auth = found.find((d) => d.name.value === 'auth');
  if (!auth) return null;
  const arg = auth.arguments?.find((a) => a.name.value === 'requires');
  const roles =
    arg?.value.kind === 'ListValue'
      ? arg.value.values.flatMap((v) => (v.kind === 'EnumValue' ? [v.value as Role] : []))
      : [];
  return { kind: 'roles', roles: new Set(roles), pendingPasswordChange: pending };
}

/** The rule for one field: its own directive wins over its type's. */
export function ruleFor(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): Rule | null {
  const own = directives(field.astNode);
  const pending = own.some((d) => d.name.value === 'allowPendingPasswordChange');
  return ruleFrom(own, pending) ?? ruleFrom(typeDirectives(type), pending);
}

function guardedTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter(
    (t): t is GraphQLObjectType => isObjectType(t) && !isIntrospectionType(t) && t.name !== '_Service',
  );
}

/** `Type.field` of every field that has neither @auth nor @public, directly or through its type. */
export function unguardedFields(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of guardedTypes(schema)) {
    for (const field of Object.values(type.getFields())) {
      const name = `${type.name}.${field.name}`;
      if (!FEDERATION_FIELDS.has(name) && !ruleFor(type, field)) missing.push(name);
    }
  }
  return missing;
}

export function check(rule: Rule | null, viewer: Viewer): void {
  if (!rule) throw forbidden();
  if (rule.kind === 'public') return;
  if (viewer.kind === 'anonymous') throw unauthenticated();
  if (viewer.kind === 'user' && viewer.mustChangePassword && !rule.pendingPasswordChange)
    throw passwordChangeRequired();
  if (!viewer.roles.some((r) => rule.roles.has(r))) throw forbidden();
}

/** check() for graphql-js, which reports a thrown GraphQLError as it is. */
function guard(rule: Rule | null, viewer: Viewer): void {
  try {
    check(rule, viewer);
  } catch (e) {
    throw e instanceof DomainError ? graphQLErrorOf(e) : e;
  }
}

/**
 * Wraps every resolver in place (buildSubgraphSchema keeps entity `resolveReference` on the type objects, which a
 * schema rebuild would drop). Entity references are guarded by their type's rule as well.
 */
export function applyAuthDirectives<T extends GraphQLSchema>(schema: T): T {
  for (const type of guardedTypes(schema)) {
    const typeRule = ruleFrom(typeDirectives(type), false);
    for (const field of Object.values(type.getFields())) {
      if (FEDERATION_FIELDS.has(`${type.name}.${field.name}`)) continue;
      const rule = ruleFor(type, field);
      const inner: GraphQLFieldResolver<unknown, WithViewer> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        guard(rule, context.viewer);
        return inner(source, args, context, info);
      };
    }
    const withRef = type as GraphQLObjectType & { resolveReference?: (...a: unknown[]) => unknown };
    if (withRef.resolveReference) {
      const inner = withRef.resolveReference;
      withRef.resolveReference = (ref: unknown, context: unknown, info: unknown) => {
        guard(typeRule, (context as WithViewer).viewer);
        return inner(ref, context, info);
      };
    }
  }
  return schema;
}
