export { DateTimeScalar as DateTime } from '@anze/server-kit';
import { GraphQLScalarType, Kind } from 'graphql';
import { badInput, graphQLErrorOf } from '@anze/auth';
import { isCalendarDate } from '../domain/dates.ts';

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
