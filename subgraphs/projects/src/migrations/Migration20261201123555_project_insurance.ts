import { Migration } from '@mikro-orm/migrations';

// The project's insurance, kept from underwriting's events (domain/insurance.ts), and the insurer and broker names
// (party). The new columns have constant defaults, so adding them to the 500,000-row table rewrites nothing; the
// indexes serve the regulator's 投保状态 filter (division prefix first, like the status index) and the insurers' and
// brokers' lists (GIN over the reader organisations).

export class Migration20261201123555_project_insurance extends Migration {
  override name = 'Migration20261201123555_project_insurance';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "party" ("id" uuid not null, "organisation_type" text not null, "name" varchar(200) not null, "last_event_at" timestamptz not null, primary key ("id"));`,
    );

    this.addSql(
      `alter table "project" add "insurance_status" text not null default 'UNINSURED', add "insurer_id" uuid null, add "broker_id" uuid null, add "insured_premium_fen" bigint null, add "policy_number" varchar(64) null, add "insured_at" timestamptz null, add "policy_start" date null, add "policy_end" date null, add "reader_organisation_ids" uuid[] not null default '{}', add "insurance" jsonb null;`,
    );
    this.addSql(
      `create index "project_division_insurance_index" on "project" ("division_code" text_pattern_ops, "insurance_status", "created_at");`,
    );
    this.addSql(
      `create index "project_reader_organisations_index" on "project" using gin ("reader_organisation_ids");`,
    );
    this.addSql(
      `alter table "project" add constraint "project_insurance_status_check" check ("insurance_status" in ('UNINSURED', 'DRAFT', 'SUBMITTED', 'REJECTED', 'APPROVED', 'INSURED'));`,
    );

    this.addSql(
      `alter table "party" add constraint "party_organisation_type_check" check ("organisation_type" in ('INSURER', 'BROKER'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "party" cascade;`);

    this.addSql(`drop index "project_division_insurance_index";`);
    this.addSql(`drop index "project_reader_organisations_index";`);
    this.addSql(`alter table "project" drop constraint "project_insurance_status_check";`);
    this.addSql(
      `alter table "project" drop column "insurance_status", drop column "insurer_id", drop column "broker_id", drop column "insured_premium_fen", drop column "policy_number", drop column "insured_at", drop column "policy_start", drop column "policy_end", drop column "reader_organisation_ids", drop column "insurance";`,
    );
  }
}
