import { Migration } from '@mikro-orm/migrations';

export class Migration20261121201850_initial extends Migration {
  override name = 'Migration20261121201850_initial';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "dead_letter" ("id" uuid not null, "consumer" varchar(128) not null, "event_id" uuid null, "subject" varchar(255) not null, "stream_sequence" bigint not null, "deliveries" int not null, "payload" text not null, "error" text not null, "failed_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "dead_letter_consumer_failed_at_index" on "dead_letter" ("consumer", "failed_at");`,
    );

    this.addSql(
      `create table "division_counter" ("division_code" varchar(6) not null, "project_total" int not null default 0, "enterprises_with_projects" int not null default 0, "registered_enterprises" int not null default 0, primary key ("division_code"));`,
    );

    this.addSql(
      `create table "division_enterprise" ("division_code" varchar(6) not null, "uscc" varchar(18) not null, "valid_projects" int not null, primary key ("division_code", "uscc"));`,
    );
    this.addSql(`create index "division_enterprise_uscc_index" on "division_enterprise" ("uscc");`);

    this.addSql(
      `create table "inbox" ("consumer" varchar(128) not null, "event_id" uuid not null, "stream_sequence" bigint not null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`,
    );

    this.addSql(
      `create table "organisation_fact" ("organisation_id" varchar(64) not null, "uscc" varchar(18) null, "organisation_type" varchar(32) not null, "registration_status" varchar(16) not null, "registered" boolean not null, "last_occurred_at" timestamptz not null, primary key ("organisation_id"));`,
    );
    this.addSql(`create index "organisation_fact_uscc_index" on "organisation_fact" ("uscc");`);

    this.addSql(
      `create table "outbox" ("id" uuid not null, "subject" varchar(255) not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "created_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "last_error" text null, primary key ("id"));`,
    );
    this.addSql(
      `create index "outbox_unpublished_idx" on "outbox" ("created_at", "id") where published_at is null;`,
    );

    this.addSql(
      `create table "project_fact" ("project_id" varchar(64) not null, "county_code" varchar(6) not null, "uscc" varchar(18) null, "status" varchar(32) not null, "valid" boolean not null, "last_occurred_at" timestamptz not null, primary key ("project_id"));`,
    );

    this.addSql(
      `create table "projection_state" ("source" varchar(128) not null, "last_event_id" uuid not null, "last_event_occurred_at" timestamptz not null, "last_applied_at" timestamptz not null, "last_stream_sequence" bigint not null, primary key ("source"));`,
    );

    this.addSql(
      `create or replace function "outbox_outbox_notify_fn"() returns trigger as \$\$ begin perform pg_notify('anze_outbox', ''); return null; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "outbox_notify" AFTER INSERT on "outbox" for each STATEMENT execute function "outbox_outbox_notify_fn"();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "dead_letter" cascade;`);
    this.addSql(`drop table if exists "division_counter" cascade;`);
    this.addSql(`drop table if exists "division_enterprise" cascade;`);
    this.addSql(`drop table if exists "inbox" cascade;`);
    this.addSql(`drop table if exists "organisation_fact" cascade;`);
    this.addSql(`drop trigger if exists "outbox_notify" on "outbox";`);
    this.addSql(`drop function if exists "outbox_outbox_notify_fn"();`);
    this.addSql(`drop table if exists "outbox" cascade;`);
    this.addSql(`drop table if exists "project_fact" cascade;`);
    this.addSql(`drop table if exists "projection_state" cascade;`);
  }
}
