// The rules every argument of every Query and Mutation field passes before its resolver runs, taken from the schema's
// types, so a new subgraph (or a new field) inherits them: an ID must be a UUID, a String must hold only characters
// PostgreSQL and readers can take (no U+0000, lone surrogates, bidi controls, nothing-but-zero-width), and strings
// and lists have an upper bound. Field-specific limits and dictionaries are the services' (@anze/domain readers).
import {
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { badInput, isBlank, labelOf, readId, unsafeCharacterProblem } from '@anze/domain';

/** No argument string is longer (a PEM certificate chain is the longest legitimate one). */
export const MAX_ARGUMENT_TEXT = 20_000;
/** No argument list is longer; set-valued inputs have their own, smaller bound where they are read. */
export const MAX_ARGUMENT_LIST = 1_000;

/** Checks one argument value against its type; throws the DomainError of the first refusal. */
export function checkArgument(value: unknown, type: GraphQLInputType, path: string): void {
  if (value === null || value === undefined) return;
  if (type instanceof GraphQLNonNull) return checkArgument(value, type.ofType, path);
  if (type instanceof GraphQLList) {
    const items = Array.isArray(value) ? value : [value];
    if (items.length > MAX_ARGUMENT_LIST)
      throw badInput(`${labelOf(path)} 不能超过 ${MAX_ARGUMENT_LIST} 项`, path);
    items.forEach((item) => checkArgument(item, type.ofType, path));
    return;
  }
  if (type instanceof GraphQLInputObjectType) {
    const fields = type.getFields();
    for (const [name, field] of Object.entries(fields)) {
      checkArgument((value as Record<string, unknown>)[name], field.type, path ? `${path}.${name}` : name);
    }
    return;
  }
  if (!(type instanceof GraphQLScalarType) || typeof value !== 'string') return;
  if (type.name === 'ID') {
    readId(value, path, `${labelOf(path)}不存在`);
    return;
  }
  const label = labelOf(path);
  const problem = unsafeCharacterProblem(value);
  if (problem) throw badInput(`${label} ${problem}`, path);
  if (value.length > MAX_ARGUMENT_TEXT) throw badInput(`${label} 不能超过 ${MAX_ARGUMENT_TEXT} 个字符`, path);
  if (value.trim() !== '' && isBlank(value)) throw badInput(`${label} 不能只包含不可见字符`, path);
}

/** The path of an argument for `field`: the top-level `input` object is left out (`profile.uscc`, not `input.…`). */
function argumentPath(name: string): string {
  return name === 'input' ? '' : name;
}

/** Wraps every Query and Mutation resolver in place: its arguments are checked first. */
export function applyInputBoundary(schema: GraphQLSchema): GraphQLSchema {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!(root instanceof GraphQLObjectType)) continue;
    for (const field of Object.values(root.getFields())) {
      if (field.name.startsWith('_') || field.args.length === 0) continue;
      const inner: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const args = field.args;
      field.resolve = (source, values, context, info) => {
        for (const arg of args) checkArgument(values[arg.name], arg.type, argumentPath(arg.name));
        return inner(source, values, context, info);
      };
    }
  }
  return schema;
}
