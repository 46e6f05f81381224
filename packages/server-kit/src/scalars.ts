// Scalars every subgraph declares the same way: one implementation, so a DateTime means the same everywhere.
import { GraphQLScalarType, Kind } from 'graphql';
import { badInput, graphQLErrorOf } from '@anze/auth';
import { isCalendarDate } from '@anze/domain';

/** An instant, ISO 8601 with zone on the wire, a Date in resolvers. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (v) => (v instanceof Date ? v.toISOString() : new Date(v as string).toISOString()),
  parseValue: (v) => parseDateTime(v),
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : null),
});

function parseDateTime(v: unknown): Date {
  const d = typeof v === 'string' ? new Date(v) : new Date(NaN);
  if (Number.isNaN(d.getTime())) throw graphQLErrorOf(badInput('日期时间格式错误'));
  return d;
}

/** Calendar dates travel as `YYYY-MM-DD` strings, exactly as PostgreSQL `date` columns hold them. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: (v) => parseDate(v),
  // Anything but a string literal (`plannedStart: 20250301`) is refused like a malformed one.
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});

function parseDate(v: unknown): string {
  const s = String(v);
  if (!isCalendarDate(s)) throw graphQLErrorOf(badInput('日期格式错误，应为YYYY-MM-DD'));
  return s;
}
