import { Migration } from '@mikro-orm/migrations';

// pg_trgm (a trusted extension since PostgreSQL 13: the database owner may create it) backs the 项目名称 / 单位名称
// contains search of the regulator list.
export class Migration20261121202030_initial extends Migration {
  override name = 'Migration20261121202030_initial';

  override up(): void | Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(
      `create table "dead_letter" ("id" uuid not null, "consumer" varchar(128) not null, "event_id" uuid null, "subject" varchar(255) not null, "stream_sequence" bigint not null, "deliveries" int not null, "payload" text not null, "error" text not null, "failed_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "dead_letter_consumer_failed_at_index" on "dead_letter" ("consumer", "failed_at");`,
    );

    this.addSql(
      `create table "enterprise" ("organisation_id" uuid not null, "name" varchar(200) not null, "uscc" varchar(18) not null, "division_code" varchar(6) not null, "registration_status" text not null, "rejection_reason" varchar(500) null, "last_event_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("organisation_id"));`,
    );

    this.addSql(
      `create table "inbox" ("consumer" varchar(128) not null, "event_id" uuid not null, "stream_sequence" bigint not null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`,
    );

    this.addSql(
      `create table "major_hazard_source" ("id" uuid not null, "project_id" uuid not null, "type" text not null, "location" varchar(200) not null, "control_measures" text not null, "responsible_person" varchar(50) not null, "responsible_phone" varchar(20) not null, "period_start" date not null, "period_end" date not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create index "major_hazard_source_project_id_index" on "major_hazard_source" ("project_id");`,
    );

    this.addSql(
      `create table "outbox" ("id" uuid not null, "subject" varchar(255) not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "created_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "last_error" text null, primary key ("id"));`,
    );
    this.addSql(
      `create index "outbox_unpublished_idx" on "outbox" ("created_at", "id") where published_at is null;`,
    );

    this.addSql(
      `create table "project" ("id" uuid not null, "name" varchar(200) not null, "code" varchar(64) not null, "division_code" varchar(6) not null, "detail_address" varchar(300) null, "longitude" double precision null, "latitude" double precision null, "cost_fen" bigint not null, "owner_unit" varchar(200) not null, "constructor_name" varchar(200) not null, "constructor_uscc" varchar(18) not null, "category" text not null, "duration_days" int not null, "planned_start" date not null, "planned_end" date not null, "status" text not null, "organisation_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "project_code_index" on "project" ("code");`);
    this.addSql(
      `create index "project_organisation_id_created_at_index" on "project" ("organisation_id", "created_at");`,
    );
    this.addSql(`create index "project_created_at_index" on "project" ("created_at");`);
    this.addSql(`create index "project_status_created_at_index" on "project" ("status", "created_at");`);
    this.addSql(
      `create index "project_division_prefix_index" on "project" ("division_code" text_pattern_ops, "created_at");`,
    );
    this.addSql(
      `create index "project_division_status_prefix_index" on "project" ("division_code" text_pattern_ops, "status", "created_at");`,
    );
    this.addSql(`create index "project_name_trgm_index" on "project" using gin ("name" gin_trgm_ops);`);
    this.addSql(
      `create index "project_owner_unit_trgm_index" on "project" using gin ("owner_unit" gin_trgm_ops);`,
    );
    this.addSql(
      `create index "project_constructor_name_trgm_index" on "project" using gin ("constructor_name" gin_trgm_ops);`,
    );

    this.addSql(
      `create table "project_change" ("id" uuid not null, "project_id" uuid not null, "action" text not null, "at" timestamptz not null, "actor_user_id" varchar(64) null, "actor_organisation_id" varchar(64) null, "reason" varchar(500) null, "major_hazard_id" uuid null, "changes" jsonb not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "project_change_project_id_at_index" on "project_change" ("project_id", "at");`,
    );

    this.addSql(
      `alter table "enterprise" add constraint "enterprise_registration_status_check" check ("registration_status" in ('PENDING', 'APPROVED', 'REJECTED'));`,
    );

    this.addSql(
      `alter table "major_hazard_source" add constraint "major_hazard_source_type_check" check ("type" in ('DEEP_EXCAVATION', 'HIGH_FORMWORK', 'SCAFFOLDING', 'HOISTING', 'DEMOLITION', 'UNDERGROUND_EXCAVATION', 'OTHER'));`,
    );

    this.addSql(
      `create or replace function "outbox_outbox_notify_fn"() returns trigger as \$\$ begin perform pg_notify('anze_outbox', ''); return null; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "outbox_notify" AFTER INSERT on "outbox" for each STATEMENT execute function "outbox_outbox_notify_fn"();`,
    );

    this.addSql(
      `alter table "project" add constraint "project_category_check" check ("category" in ('BUILDING', 'MUNICIPAL', 'HIGHWAY', 'WATER_CONSERVANCY', 'RAILWAY', 'PORT_WATERWAY', 'POWER', 'OTHER'));`,
    );
    this.addSql(
      `alter table "project" add constraint "project_status_check" check ("status" in ('UNDER_CONSTRUCTION', 'SUSPENDED', 'COMPLETED'));`,
    );

    this.addSql(
      `alter table "project_change" add constraint "project_change_action_check" check ("action" in ('CREATED', 'UPDATED', 'STATUS_CHANGED', 'HAZARD_REGISTERED', 'HAZARD_UPDATED', 'HAZARD_REMOVED'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "dead_letter" cascade;`);
    this.addSql(`drop table if exists "enterprise" cascade;`);
    this.addSql(`drop table if exists "inbox" cascade;`);
    this.addSql(`drop table if exists "major_hazard_source" cascade;`);
    this.addSql(`drop trigger if exists "outbox_notify" on "outbox";`);
    this.addSql(`drop function if exists "outbox_outbox_notify_fn"();`);
    this.addSql(`drop table if exists "outbox" cascade;`);
    this.addSql(`drop table if exists "project" cascade;`);
    this.addSql(`drop table if exists "project_change" cascade;`);
  }
}
