import { Migration } from '@mikro-orm/migrations';

// Field versions on the facts (see src/domain/facts.ts): each field remembers the version (occurredAt, event id) of
// the event that set it, so events of one aggregate arriving out of order end in the same state. Existing rows get
// their last_occurred_at as version; a null USCC is left unversioned so that any event carrying it can fill it in.
// `npm run replay` afterwards gives exact versions.
const VERSION = `to_char("last_occurred_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export class Migration20261122090000_fact_field_versions extends Migration {
  override name = 'Migration20261122090000_fact_field_versions';

  override up(): void {
    for (const [table, first] of [
      ['project_fact', 'county_version'],
      ['organisation_fact', 'type_version'],
    ] as const) {
      this.addSql(
        `alter table "${table}" add column "${first}" varchar(64) null, add column "uscc_version" varchar(64) null, add column "status_version" varchar(64) null;`,
      );
      this.addSql(
        `update "${table}" set "${first}" = ${VERSION}, "status_version" = ${VERSION}, "uscc_version" = case when "uscc" is null then null else ${VERSION} end;`,
      );
      this.addSql(
        `alter table "${table}" alter column "${first}" set not null, alter column "status_version" set not null;`,
      );
    }
  }

  override down(): void {
    this.addSql(
      `alter table "project_fact" drop column "county_version", drop column "uscc_version", drop column "status_version";`,
    );
    this.addSql(
      `alter table "organisation_fact" drop column "type_version", drop column "uscc_version", drop column "status_version";`,
    );
  }
}
