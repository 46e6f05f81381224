// graphql-js refuses values of the wrong type before any resolver runs, in English ("Variable "$x" got invalid
// value 5 at "x.name"; String cannot represent a non string value: 5"). Clients get these in Chinese with the field,
// like every other input error: the gateway translates its own, and the subgraphs theirs (a custom scalar such as
// Date refuses in the subgraph, whose Chinese reason is kept). A value written inline in the document (a literal,
// `createProject(input: { costYuan: 12 })`) is refused by validation instead, whose message names no field: the
// field is read from where the refused value stands in the document.
import {
  GraphQLError,
  GraphQLScalarType,
  Kind,
  parse,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { labelOf } from '@anze/domain';

const CJK = /[\u3400-\u9FFF]/u;

const INVALID_VALUE = /^Variable "\$([^"]+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([\s\S]*)$/;
const MISSING_VARIABLE =
  /^Variable "\$([^"]+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)\.$/;
const MISSING_FIELD = /^Field "([^"]+)" of required type "[^"]+" was not provided\.$/;
const UNKNOWN_FIELD = /^Field "([^"]+)" is not defined by type "[^"]+"/;
const LITERAL = /^Expected value of type "[^"]+", found [\s\S]*?(?:; ([\s\S]*))?$/;
const LITERAL_MISSING_FIELD = /^Field "[^".]+\.([^"]+)" of required type "[^"]+" was not provided\.$/;
const UNKNOWN_ENUM_VALUE = /^Value "[^"]*" does not exist in "[^"]+" enum\./;
/** graphql-js's built-in scalars refuse a literal in their own words ("String cannot represent a non string value: 12"). */
const BUILT_IN_SCALAR = /^(?:String|Int|Float|Boolean|ID) cannot represent /;

export interface InputErrorTranslation {
  message: string;
  field?: string;
}

/** `v.profile.uscc` for variable `v` → `profile.uscc`; an input object variable's own name is left out. */
function fieldOf(variable: string, path: string | undefined): string {
  if (!path) return variable;
  const rest = path.startsWith(`${variable}.`) ? path.slice(variable.length + 1) : path;
  return rest.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

/** The Chinese message and field of a graphql-js coercion error, or null when the message is not one. */
export function translateInputError(message: string): InputErrorTranslation | null {
  let m = INVALID_VALUE.exec(message);
  if (m) {
    const [, variable, path, reason] = m as unknown as [string, string, string | undefined, string];
    let field = fieldOf(variable, path);
    if (CJK.test(reason)) return { message: reason, field };
    const missing = MISSING_FIELD.exec(reason);
    if (missing) {
      field = field === variable ? missing[1]! : `${field}.${missing[1]}`;
      return { message: `请填写${labelOf(field)}`, field };
    }
    const unknown = UNKNOWN_FIELD.exec(reason);
    if (unknown) return { message: `${labelOf(field)} 含有未定义的输入项 ${unknown[1]}`, field };
    if (UNKNOWN_ENUM_VALUE.test(reason)) return { message: `${labelOf(field)} 的取值无效`, field };
    return { message: `${labelOf(field)} 的值类型不正确`, field };
  }
  m = MISSING_VARIABLE.exec(message);
  if (m) return { message: `缺少必填的变量 ${m[1]}`, field: m[1]! };
  m = LITERAL.exec(message);
  if (m) return { message: m[1] && CJK.test(m[1]) ? m[1] : '输入值的类型不正确' };
  return null;
}

/**
 * The Chinese message and field of a validation error about a literal, or null when the message is none of
 * graphql-js's refusals of a literal. `fieldAt(child)` names the input field of the refused value (with `child`, of
 * that field of it: a required field missing from an input object). A custom scalar's own Chinese reason (its
 * parseLiteral threw it) is kept.
 */
function translateLiteralError(
  message: string,
  fieldAt: (child?: string) => string,
): InputErrorTranslation | null {
  const m = LITERAL.exec(message);
  if (m || BUILT_IN_SCALAR.test(message)) {
    const field = fieldAt();
    return { message: m?.[1] && CJK.test(m[1]) ? m[1] : `${labelOf(field)} 的值类型不正确`, field };
  }
  const missing = LITERAL_MISSING_FIELD.exec(message);
  if (missing) {
    const field = fieldAt(missing[1]);
    return { message: `请填写${labelOf(field)}`, field };
  }
  const unknown = UNKNOWN_FIELD.exec(message);
  if (unknown) {
    // Reported at the unknown field itself: the message belongs to the input object that holds it.
    const field = fieldAt();
    const parent = field.includes('.') ? field.slice(0, field.lastIndexOf('.')) : '';
    return {
      message: `${parent ? `${labelOf(parent)} ` : ''}含有未定义的输入项 ${unknown[1]}`,
      ...(parent ? { field: parent } : {}),
    };
  }
  const field = fieldAt();
  if (UNKNOWN_ENUM_VALUE.test(message)) return { message: `${labelOf(field)} 的取值无效`, field };
  if (CJK.test(message)) return { message, field };
  return null;
}

type Segment = string | number;

/** Where the value (or input object field) starting at `position` stands: its argument and the path below it. */
function literalPathAt(
  document: string,
  position: number,
): { path: Segment[]; objectArgument: boolean } | undefined {
  let ast;
  try {
    ast = parse(document);
  } catch {
    return undefined;
  }
  const inValue = (node: ValueNode, path: Segment[]): Segment[] | undefined => {
    if (node.loc?.start === position) return path;
    if (node.kind === Kind.LIST)
      for (const [i, item] of node.values.entries()) {
        const found = inValue(item, [...path, i]);
        if (found) return found;
      }
    if (node.kind === Kind.OBJECT)
      for (const f of node.fields) {
        const at = [...path, f.name.value];
        if (f.loc?.start === position) return at;
        const found = inValue(f.value, at);
        if (found) return found;
      }
    return undefined;
  };
  let found: { path: Segment[]; objectArgument: boolean } | undefined;
  const visit = (value: unknown): void => {
    if (found || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    const node = value as { kind?: unknown; arguments?: unknown };
    if ((node.kind === Kind.FIELD || node.kind === Kind.DIRECTIVE) && Array.isArray(node.arguments))
      for (const arg of node.arguments as Array<{ name: { value: string }; value: ValueNode }>) {
        const path = inValue(arg.value, [arg.name.value]);
        if (path) return void (found = { path, objectArgument: arg.value.kind === Kind.OBJECT });
      }
    for (const [key, child] of Object.entries(node)) if (key !== 'loc') visit(child);
  };
  visit(ast.definitions);
  return found;
}

/**
 * `at`'s input field, written like a variable's: `costYuan` for `createProject(input: { costYuan: 12 })` (an input
 * object argument's own name is left out), `roles[1]` for `setUserRoles(roles: [INSURER, 5])`, `userId` for
 * `unlockUser(userId: 5)`; `child` appends a field of it.
 */
function fieldName(at: { path: Segment[]; objectArgument: boolean }, child?: string): string {
  const path = child === undefined ? at.path : [...at.path, child];
  const segments = at.objectArgument && path.length > 1 ? path.slice(1) : path;
  return segments.reduce<string>(
    (out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${s}` : s),
    '',
  );
}

/** The document and position of a validation error (Apollo wraps graphql-js's), if it has them. */
function locationOf(error: unknown): { document: string; position: number } | undefined {
  for (let e = error; e instanceof GraphQLError; e = e.originalError) {
    if (e.source && e.positions?.length) return { document: e.source.body, position: e.positions[0]! };
  }
  return undefined;
}

/**
 * Every custom scalar of the schema refuses a literal at the literal: a parseLiteral that throws an error without a
 * location (graphQLErrorOf(badInput(…))) gets the value node, so the refusal can name the field it was written in.
 */
export function locateScalarLiteralErrors<T extends GraphQLSchema>(schema: T): T {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLScalarType) || type.name.startsWith('__')) continue;
    const parseLiteral = type.parseLiteral.bind(type);
    type.parseLiteral = (node, variables) => {
      try {
        return parseLiteral(node, variables);
      } catch (error) {
        if (error instanceof GraphQLError && error.nodes?.length) throw error;
        throw new GraphQLError(error instanceof Error ? error.message : String(error), {
          nodes: node,
          extensions: error instanceof GraphQLError ? error.extensions : {},
          originalError: error instanceof Error ? error : undefined,
        });
      }
    };
  }
  return schema;
}

/**
 * A formatted error with its coercion message translated (code BAD_USER_INPUT, the field), or unchanged. With the
 * error itself (Apollo's formatError gets both), a validation error about a literal is translated too, its field read
 * from the document.
 */
export function translateFormattedInputError(
  formatted: GraphQLFormattedError,
  error?: unknown,
): GraphQLFormattedError {
  let translated = translateInputError(formatted.message);
  const location = formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' ? locationOf(error) : undefined;
  if (location && (!translated || translated.field === undefined)) {
    const at = literalPathAt(location.document, location.position);
    if (at)
      translated = translateLiteralError(formatted.message, (child) => fieldName(at, child)) ?? translated;
  }
  if (!translated) return formatted;
  return {
    ...formatted,
    message: translated.message,
    extensions: {
      ...formatted.extensions,
      code: 'BAD_USER_INPUT',
      ...(translated.field ? { field: translated.field } : {}),
    },
  };
}
