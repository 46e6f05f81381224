import { Migration } from '@mikro-orm/migrations';

export class Migration20261201123622_initial extends Migration {
  override name = 'Migration20261201123622_initial';

  override up(): void | Promise<void> {
    // pg_trgm (a trusted extension since PostgreSQL 13) backs the 单位名称 / 项目名称 contains searches.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(
      `create table "application_change" ("id" uuid not null, "application_id" uuid not null, "action" varchar(30) not null, "at" timestamptz not null, "actor_user_id" varchar(80) null, "actor_organisation_id" varchar(80) null, "from_status" varchar(20) null, "to_status" varchar(20) null, "note" varchar(1000) null, primary key ("id"));`,
    );
    this.addSql(
      `create index "application_change_application_id_at_index" on "application_change" ("application_id", "at");`,
    );

    this.addSql(
      `create table "dead_letter" ("id" uuid not null, "consumer" varchar(128) not null, "event_id" uuid null, "subject" varchar(255) not null, "stream_sequence" bigint not null, "deliveries" int not null, "payload" text not null, "error" text not null, "failed_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "dead_letter_consumer_failed_at_index" on "dead_letter" ("consumer", "failed_at");`,
    );

    this.addSql(
      `create table "idempotency_record" ("caller" varchar(160) not null, "idempotency_key" varchar(128) not null, "fingerprint" varchar(64) not null, "operation" varchar(255) not null, "status" int null, "response" text null, "created_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("caller", "idempotency_key"));`,
    );
    this.addSql(`create index "idempotency_record_expires_idx" on "idempotency_record" ("expires_at");`);

    this.addSql(
      `create table "inbox" ("consumer" varchar(128) not null, "event_id" uuid not null, "stream_sequence" bigint not null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`,
    );

    this.addSql(
      `create table "insurance_application" ("id" uuid not null, "project_id" uuid not null, "organisation_id" uuid not null, "division_code" varchar(6) not null, "project_name" varchar(200) not null, "project_code" varchar(64) not null, "cost_fen" bigint not null, "enterprise_name" varchar(200) not null, "enterprise_uscc" varchar(18) not null, "insurer_id" uuid not null, "broker_id" uuid null, "plan_id" uuid not null, "plan_code" varchar(8) not null, "contact_phone" varchar(20) not null, "documents" jsonb not null, "agreement_accepted" boolean not null, "status" text not null, "floating_ratio" varchar(12) not null default '0', "floating_reason" varchar(500) null, "quote_fen" bigint not null, "implausible" boolean not null default false, "review_opinion" varchar(500) null, "submitted_at" timestamptz null, "review_due_at" timestamptz null, "overdue" boolean not null default false, "reviewed_at" timestamptz null, "reviewed_by" varchar(80) null, "policy_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create index "insurance_application_insurer_id_status_created_at_index" on "insurance_application" ("insurer_id", "status", "created_at");`,
    );
    this.addSql(
      `create index "insurance_application_organisation_id_created_at_index" on "insurance_application" ("organisation_id", "created_at");`,
    );
    this.addSql(
      `create index "insurance_application_broker_id_created_at_index" on "insurance_application" ("broker_id", "created_at");`,
    );
    this.addSql(
      `create index "insurance_application_project_id_index" on "insurance_application" ("project_id");`,
    );
    this.addSql(
      `create index "insurance_application_division_index" on "insurance_application" ("division_code" text_pattern_ops, "created_at");`,
    );
    this.addSql(
      `create index "insurance_application_enterprise_name_trgm_index" on "insurance_application" using gin ("enterprise_name" gin_trgm_ops);`,
    );
    this.addSql(
      `create index "insurance_application_project_name_trgm_index" on "insurance_application" using gin ("project_name" gin_trgm_ops);`,
    );
    this.addSql(
      `create unique index "insurance_application_one_open_per_project" on "insurance_application" ("project_id") where "status" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED');`,
    );

    this.addSql(
      `create table "insurance_plan" ("id" uuid not null, "province_code" varchar(6) not null, "code" varchar(8) not null, "name" varchar(50) not null, "version" int not null, "effective_from" date not null, "effective_to" date null, "death_disability_limit_fen" bigint not null, "medical_limit_fen" bigint not null, "per_accident_limit_fen" bigint not null, "cumulative_limit_fen" bigint not null, "rate_tiers" jsonb not null, "minimum_premium_fen" bigint not null, "plausible_maximum_premium_fen" bigint not null, "floating_rates" jsonb not null, "floating_floor" varchar(12) not null, "floating_cap" varchar(12) not null, "description" varchar(2000) null, "created_at" timestamptz not null, "created_by" varchar(80) null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "insurance_plan" add constraint "insurance_plan_province_code_code_version_unique" unique ("province_code", "code", "version");`,
    );

    this.addSql(
      `create table "insured_project" ("id" uuid not null, "name" varchar(200) not null, "code" varchar(64) not null, "division_code" varchar(6) not null, "cost_fen" bigint not null, "organisation_id" uuid not null, "constructor_name" varchar(200) not null, "constructor_uscc" varchar(18) not null, "status" varchar(30) not null, "planned_start" date not null, "planned_end" date not null, "last_event_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "insured_project_organisation_id_index" on "insured_project" ("organisation_id");`,
    );

    this.addSql(
      `create table "known_document" ("id" uuid not null, "kind" varchar(40) not null, "owner_organisation_id" uuid not null, "content_type" varchar(100) not null, "deleted" boolean not null, "last_event_at" timestamptz not null, primary key ("id"));`,
    );

    this.addSql(
      `create table "ledger_entry" ("id" uuid not null, "ledger_number" varchar(32) not null, "policy_id" uuid not null, "created_at" timestamptz not null, "organisation_id" uuid not null, "division_code" varchar(6) not null, "insurer_id" uuid not null, "broker_id" uuid null, "enterprise_name" varchar(200) not null, "project_name" varchar(200) not null, "contact_phone" varchar(20) not null, "plan_label" varchar(40) not null, "policy_number" varchar(64) not null, "premium_fen" bigint not null, "implausible" boolean not null, "insurer_name" varchar(200) not null, "broker_name" varchar(200) null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "ledger_entry" add constraint "ledger_entry_ledger_number_unique" unique ("ledger_number");`,
    );
    this.addSql(
      `alter table "ledger_entry" add constraint "ledger_entry_policy_id_unique" unique ("policy_id");`,
    );
    this.addSql(
      `create index "ledger_entry_insurer_id_created_at_index" on "ledger_entry" ("insurer_id", "created_at");`,
    );
    this.addSql(`create index "ledger_entry_created_at_index" on "ledger_entry" ("created_at");`);
    this.addSql(
      `create index "ledger_entry_enterprise_name_trgm_index" on "ledger_entry" using gin ("enterprise_name" gin_trgm_ops);`,
    );
    this.addSql(
      `create index "ledger_entry_project_name_trgm_index" on "ledger_entry" using gin ("project_name" gin_trgm_ops);`,
    );
    this.addSql(
      `create index "ledger_entry_division_index" on "ledger_entry" ("division_code" text_pattern_ops, "created_at");`,
    );

    this.addSql(
      `create table "outbox" ("id" uuid not null, "subject" varchar(255) not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "created_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "last_error" text null, primary key ("id"));`,
    );
    this.addSql(
      `create index "outbox_unpublished_idx" on "outbox" ("created_at", "id") where published_at is null;`,
    );

    this.addSql(
      `create table "partnership" ("broker_id" uuid not null, "insurer_id" uuid not null, "active" boolean not null, "last_event_at" timestamptz not null, primary key ("broker_id", "insurer_id"));`,
    );
    this.addSql(`create index "partnership_insurer_id_index" on "partnership" ("insurer_id");`);

    this.addSql(
      `create table "party" ("id" uuid not null, "organisation_type" varchar(30) not null, "name" varchar(200) not null, "uscc" varchar(18) not null, "division_code" varchar(6) not null, "registration_status" varchar(20) not null, "last_event_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "party_organisation_type_registration_status_index" on "party" ("organisation_type", "registration_status");`,
    );

    this.addSql(
      `create table "policy" ("id" uuid not null, "application_id" uuid not null, "project_id" uuid not null, "organisation_id" uuid not null, "division_code" varchar(6) not null, "enterprise_name" varchar(200) not null, "insurer_id" uuid not null, "broker_id" uuid null, "plan_id" uuid not null, "policy_number" varchar(64) not null, "owner_unit" varchar(200) not null, "project_name" varchar(200) not null, "project_code" varchar(64) not null, "premium_fen" bigint not null, "quote_fen" bigint not null, "premium_reason" varchar(500) null, "implausible" boolean not null default false, "effective_date" date not null, "expiry_date" date not null, "policy_document_id" uuid not null, "agreement_document_id" uuid not null, "issued_at" timestamptz not null, "issued_by" varchar(80) null, "prevention_share" varchar(12) not null, "prevention_budget_fen" bigint not null, "prevention_spent_fen" bigint not null default '0', "ledger_number" varchar(32) not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `alter table "policy" add constraint "policy_application_id_unique" unique ("application_id");`,
    );
    this.addSql(`create index "policy_project_id_index" on "policy" ("project_id");`);
    this.addSql(
      `alter table "policy" add constraint "policy_ledger_number_unique" unique ("ledger_number");`,
    );
    this.addSql(`create index "policy_insurer_id_issued_at_index" on "policy" ("insurer_id", "issued_at");`);
    this.addSql(
      `create index "policy_organisation_id_issued_at_index" on "policy" ("organisation_id", "issued_at");`,
    );
    this.addSql(`create index "policy_expiry_date_index" on "policy" ("expiry_date");`);
    this.addSql(
      `create index "policy_enterprise_name_trgm_index" on "policy" using gin ("enterprise_name" gin_trgm_ops);`,
    );
    this.addSql(
      `create index "policy_project_name_trgm_index" on "policy" using gin ("project_name" gin_trgm_ops);`,
    );
    this.addSql(
      `create index "policy_division_index" on "policy" ("division_code" text_pattern_ops, "issued_at");`,
    );
    this.addSql(
      `alter table "policy" add constraint "policy_insurer_id_policy_number_unique" unique ("insurer_id", "policy_number");`,
    );

    this.addSql(
      `create table "policy_extension" ("id" uuid not null, "policy_id" uuid not null, "from_expiry_date" date not null, "to_expiry_date" date not null, "reason" varchar(500) not null, "at" timestamptz not null, "actor_user_id" varchar(80) null, primary key ("id"));`,
    );
    this.addSql(`create index "policy_extension_policy_id_index" on "policy_extension" ("policy_id");`);

    this.addSql(
      `create table "prevention_fee_entry" ("id" uuid not null, "policy_id" uuid not null, "date" date not null, "service_item" varchar(2) not null, "amount_fen" bigint not null, "evidence_document_id" uuid null, "note" varchar(500) null, "recorded_at" timestamptz not null, "actor_user_id" varchar(80) null, primary key ("id"));`,
    );
    this.addSql(
      `create index "prevention_fee_entry_policy_id_index" on "prevention_fee_entry" ("policy_id");`,
    );

    this.addSql(
      `alter table "insurance_application" add constraint "insurance_application_status_check" check ("status" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'ISSUED', 'WITHDRAWN'));`,
    );

    this.addSql(
      `create or replace function "outbox_outbox_notify_fn"() returns trigger as \$\$ begin perform pg_notify('anze_outbox', ''); return null; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "outbox_notify" AFTER INSERT on "outbox" for each STATEMENT execute function "outbox_outbox_notify_fn"();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "application_change" cascade;`);
    this.addSql(`drop table if exists "dead_letter" cascade;`);
    this.addSql(`drop table if exists "idempotency_record" cascade;`);
    this.addSql(`drop table if exists "inbox" cascade;`);
    this.addSql(`drop table if exists "insurance_application" cascade;`);
    this.addSql(`drop table if exists "insurance_plan" cascade;`);
    this.addSql(`drop table if exists "insured_project" cascade;`);
    this.addSql(`drop table if exists "known_document" cascade;`);
    this.addSql(`drop table if exists "ledger_entry" cascade;`);
    this.addSql(`drop trigger if exists "outbox_notify" on "outbox";`);
    this.addSql(`drop function if exists "outbox_outbox_notify_fn"();`);
    this.addSql(`drop table if exists "outbox" cascade;`);
    this.addSql(`drop table if exists "partnership" cascade;`);
    this.addSql(`drop table if exists "party" cascade;`);
    this.addSql(`drop table if exists "policy" cascade;`);
    this.addSql(`drop table if exists "policy_extension" cascade;`);
    this.addSql(`drop table if exists "prevention_fee_entry" cascade;`);
  }
}
