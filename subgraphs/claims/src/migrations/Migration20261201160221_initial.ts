import { Migration } from '@mikro-orm/migrations';

export class Migration20261201160221_initial extends Migration {
  override name = 'Migration20261201160221_initial';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "claim" ("id" uuid not null, "claim_number" varchar(32) not null, "policy_id" uuid not null, "policy_number" varchar(64) not null, "project_id" uuid not null, "project_name" varchar(200) not null, "project_code" varchar(64) not null, "division_code" varchar(6) not null, "organisation_id" uuid not null, "insurer_id" uuid not null, "broker_id" uuid null, "status" text not null, "accident_date" date not null, "accident_place" varchar(200) not null, "description" varchar(2000) not null, "category_standard" varchar(20) not null, "category_code" varchar(4) not null, "injured_count" int not null, "death_count" int not null, "estimated_loss_fen" bigint not null, "direct_loss_fen" bigint null, "reported_date" date not null, "settled_date" date null, "settled_amount_fen" bigint null, "decline_reason" varchar(500) null, "remark" varchar(500) null, "grade" text not null, "late_reported" boolean not null, "likely_duplicate" boolean not null, "supplement_requested" boolean not null default false, "supplement_note" varchar(500) null, "accepted_at" timestamptz null, "decision_due_at" timestamptz null, "overdue" boolean not null default false, "reported_by" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`alter table "claim" add constraint "claim_claim_number_unique" unique ("claim_number");`);
    this.addSql(
      `create index "claim_policy_id_accident_date_index" on "claim" ("policy_id", "accident_date");`,
    );
    this.addSql(`create index "claim_insurer_id_created_at_index" on "claim" ("insurer_id", "created_at");`);
    this.addSql(
      `create index "claim_organisation_id_created_at_index" on "claim" ("organisation_id", "created_at");`,
    );
    this.addSql(
      `create index "claim_division_index" on "claim" ("division_code" text_pattern_ops, "created_at");`,
    );

    this.addSql(
      `create table "claim_change" ("id" uuid not null, "claim_id" uuid not null, "action" varchar(30) not null, "at" timestamptz not null, "actor_user_id" varchar(80) null, "actor_organisation_id" varchar(80) null, "from_status" varchar(20) null, "to_status" varchar(20) null, "note" varchar(1000) null, primary key ("id"));`,
    );
    this.addSql(`create index "claim_change_claim_id_at_index" on "claim_change" ("claim_id", "at");`);

    this.addSql(
      `create table "claim_correction" ("id" uuid not null, "claim_id" uuid not null, "field" varchar(40) not null, "from_value" varchar(40) null, "to_value" varchar(40) null, "reason" varchar(500) not null, "at" timestamptz not null, "actor_user_id" varchar(80) null, primary key ("id"));`,
    );
    this.addSql(
      `create index "claim_correction_claim_id_at_index" on "claim_correction" ("claim_id", "at");`,
    );

    this.addSql(
      `create table "claim_policy" ("id" uuid not null, "policy_number" varchar(64) not null, "project_id" uuid not null, "project_name" varchar(200) not null, "project_code" varchar(64) not null, "division_code" varchar(6) not null, "organisation_id" uuid not null, "insurer_id" uuid not null, "broker_id" uuid null, "effective_date" date not null, "expiry_date" date not null, "death_disability_limit_fen" bigint not null, "medical_limit_fen" bigint not null, "per_accident_limit_fen" bigint not null, "cumulative_limit_fen" bigint not null, "last_event_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "claim_policy_project_id_index" on "claim_policy" ("project_id");`);
    this.addSql(`create index "claim_policy_organisation_id_index" on "claim_policy" ("organisation_id");`);

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
      `alter table "claim" add constraint "claim_status_check" check ("status" in ('REPORTED', 'ACCEPTED', 'SETTLED', 'DECLINED'));`,
    );
    this.addSql(
      `alter table "claim" add constraint "claim_grade_check" check ("grade" in ('GENERAL', 'LARGER', 'MAJOR', 'EXTRAORDINARY'));`,
    );
    this.addSql(
      `alter table "claim" add constraint "claim_reported_by_check" check ("reported_by" in ('ENTERPRISE', 'INSURER'));`,
    );

    this.addSql(
      `create or replace function "outbox_outbox_notify_fn"() returns trigger as \$\$ begin perform pg_notify('anze_outbox', ''); return null; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "outbox_notify" AFTER INSERT on "outbox" for each STATEMENT execute function "outbox_outbox_notify_fn"();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "claim" cascade;`);
    this.addSql(`drop table if exists "claim_change" cascade;`);
    this.addSql(`drop table if exists "claim_correction" cascade;`);
    this.addSql(`drop table if exists "claim_policy" cascade;`);
    this.addSql(`drop table if exists "dead_letter" cascade;`);
    this.addSql(`drop table if exists "idempotency_record" cascade;`);
    this.addSql(`drop table if exists "inbox" cascade;`);
    this.addSql(`drop trigger if exists "outbox_notify" on "outbox";`);
    this.addSql(`drop function if exists "outbox_outbox_notify_fn"();`);
    this.addSql(`drop table if exists "outbox" cascade;`);
    this.addSql(`drop table if exists "partnership" cascade;`);
  }
}
