// Writing many rows at once, for the demo seeds at volume: a batch's rows of one entity as one JSON parameter
// (jsonb_to_recordset), with the columns and their types taken from the entity's metadata, so the statement follows
// the entity as the unit of work would. One statement and one literal for PostgreSQL to parse per table and batch,
// instead of the unit of work's change set, identity map and parameter list per entity (which made the underwriting
// seed ~125 applications/s at the bench size).
import {
  raw,
  type EntityMetadata,
  type EntityName,
  type EntityProperty,
  type QueryResult,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * A value as a JSON string literal, for a `?::jsonb` parameter. MikroORM quotes string parameters one character at a
 * time: for a batch's rows (a few hundred kB) about a quarter of the Node CPU time of the batch
 * (bench/src/analytics-apply.ts). replaceAll quotes the same way (quotes doubled; backslashes doubled in an E''
 * string), natively.
 */
export function jsonLiteral(value: unknown) {
  const json = JSON.stringify(value).replaceAll("'", "''");
  return raw(json.includes('\\') ? `E'${json.replaceAll('\\', '\\\\')}'` : `'${json}'`);
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * `ignore`: skip rows whose key exists. `{ newest }`: a read model's upsert — a row whose key exists replaces the
 * stored one unless the stored one is newer by that property (what an event consumer's "keep the newest state" does
 * row by row). The rows must not repeat a key (PostgreSQL refuses to update a row twice in one statement).
 */
function conflictClause(
  meta: EntityMetadata,
  props: EntityProperty[],
  onConflict: 'ignore' | { newest: string } | undefined,
): string {
  if (!onConflict) return '';
  if (onConflict === 'ignore') return 'on conflict do nothing';
  const keys = meta.primaryKeys.map((k) => meta.properties[k]!.fieldNames[0]!);
  const column = (name: string) => quoteIdent(meta.properties[name]!.fieldNames[0]!);
  const set = props
    .map((p) => p.fieldNames[0]!)
    .filter((c) => !keys.includes(c))
    .map((c) => `${quoteIdent(c)} = excluded.${quoteIdent(c)}`);
  return `on conflict (${keys.map(quoteIdent).join(', ')}) do update set ${set.join(', ')}
    where t.${column(onConflict.newest)} <= excluded.${column(onConflict.newest)}`;
}

/**
 * Inserts `rows` (entity-shaped: property names, entity values — bigint, Date, objects for JSON columns) into the
 * entity's table in one statement, in the caller's transaction when `em` is a transaction's. The columns are those of
 * the properties the first row defines (every row must have the same ones); a property left out gets the column's
 * default (e.g. a version column). No hooks run (`onCreate`): the caller sets ids and times. Returns the rows written
 * (`onConflict: 'ignore'` skips those whose key exists).
 */
export async function insertRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  rows: ReadonlyArray<Partial<T>>,
  options: { onConflict?: 'ignore' | { newest: keyof T & string } } = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const meta = em.getMetadata(entity);
  const first = rows[0] as Record<string, unknown>;
  const props = meta.props.filter(
    (p: EntityProperty) => p.name in first && p.fieldNames?.length === 1 && p.persist !== false,
  );
  const columns = props.map((p) => quoteIdent(p.fieldNames[0]!));
  // jsonb_to_recordset matches keys to the record's column names.
  const records = rows.map((r) => {
    const o: Record<string, unknown> = {};
    for (const p of props) {
      const v = (r as Record<string, unknown>)[p.name] ?? null;
      // Exact: a bigint as its decimal digits, which PostgreSQL reads into a bigint column as they are.
      o[p.fieldNames[0]!] = typeof v === 'bigint' ? v.toString() : v;
    }
    return o;
  });
  const definitions = props.map((p) => `${quoteIdent(p.fieldNames[0]!)} ${p.columnTypes[0]}`).join(', ');
  const sql = `insert into ${quoteIdent(meta.tableName)} as t (${columns.join(', ')})
    select ${columns.join(', ')} from jsonb_to_recordset(?::jsonb) as x(${definitions})
    ${conflictClause(meta, props, options.onConflict)}`;
  const result = await em.execute<QueryResult>(sql, [jsonLiteral(records)], 'run');
  return result.affectedRows;
}
