import { Migration } from '@mikro-orm/migrations';

export class Migration20261121193918_initial extends Migration {
  override name = 'Migration20261121193918_initial';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "api_client" ("id" uuid not null, "name" varchar(100) not null, "client_id" varchar(64) not null, "secret_hash" varchar(200) not null, "scopes" text[] not null, "jurisdiction" varchar(6) null, "revoked_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "api_client" add constraint "api_client_client_id_unique" unique ("client_id");`,
    );

    this.addSql(
      `create table "audit_record" ("seq" bigint not null, "at" timestamptz not null, "type" varchar(64) not null, "subject" varchar(128) not null, "object" varchar(256) null, "result" text not null, "detail" jsonb null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null, primary key ("seq"));`,
    );
    this.addSql(`create index "audit_record_at_index" on "audit_record" ("at");`);
    this.addSql(`create index "audit_record_type_index" on "audit_record" ("type");`);
    this.addSql(`create index "audit_record_subject_index" on "audit_record" ("subject");`);

    this.addSql(
      `create table "certificate_binding" ("fingerprint" varchar(64) not null, "user_id" uuid not null, "subject" varchar(500) not null, "created_at" timestamptz not null, primary key ("fingerprint"));`,
    );
    this.addSql(`create index "certificate_binding_user_id_index" on "certificate_binding" ("user_id");`);

    this.addSql(
      `create table "certificate_challenge" ("id" uuid not null, "nonce" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("id"));`,
    );

    this.addSql(
      `create table "dead_letter" ("id" uuid not null, "consumer" varchar(128) not null, "event_id" uuid null, "subject" varchar(255) not null, "stream_sequence" bigint not null, "deliveries" int not null, "payload" text not null, "error" text not null, "failed_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "dead_letter_consumer_failed_at_index" on "dead_letter" ("consumer", "failed_at");`,
    );

    this.addSql(
      `create table "inbox" ("consumer" varchar(128) not null, "event_id" uuid not null, "stream_sequence" bigint not null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`,
    );

    this.addSql(
      `create table "organisation" ("id" uuid not null, "type" text not null, "name" varchar(200) not null, "division_code" varchar(6) not null, "uscc" varchar(18) not null, "registered_address" varchar(300) null, "business_address" varchar(300) null, "contact_name" varchar(50) null, "contact_mobile" varchar(20) null, "contact_email" varchar(254) null, "legal_representative" varchar(50) null, "legal_representative_mobile" varchar(20) null, "business_scope" text null, "registration_status" text not null, "rejection_reason" varchar(500) null, "reviewed_at" timestamptz null, "reviewed_by" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "organisation_type_index" on "organisation" ("type");`);
    this.addSql(`create index "organisation_division_code_index" on "organisation" ("division_code");`);
    this.addSql(`alter table "organisation" add constraint "organisation_uscc_unique" unique ("uscc");`);
    this.addSql(
      `create index "organisation_registration_status_index" on "organisation" ("registration_status");`,
    );

    this.addSql(
      `create table "outbox" ("id" uuid not null, "subject" varchar(255) not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "created_at" timestamptz not null, "published_at" timestamptz null, "attempts" int not null default 0, "last_error" text null, primary key ("id"));`,
    );
    this.addSql(
      `create index "outbox_unpublished_idx" on "outbox" ("created_at", "id") where published_at is null;`,
    );

    this.addSql(
      `create table "partnership" ("broker_id" uuid not null, "insurer_id" uuid not null, "created_at" timestamptz not null, primary key ("broker_id", "insurer_id"));`,
    );

    this.addSql(
      `create table "refresh_token" ("hash" varchar(64) not null, "session_id" uuid not null, "created_at" timestamptz not null, "rotated_at" timestamptz null, primary key ("hash"));`,
    );
    this.addSql(`create index "refresh_token_session_id_index" on "refresh_token" ("session_id");`);

    this.addSql(
      `create table "session" ("id" uuid not null, "user_id" uuid not null, "method" text not null, "created_at" timestamptz not null, "last_active_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "revoke_reason" varchar(50) null, "ip" varchar(64) null, primary key ("id"));`,
    );
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);

    this.addSql(
      `create table "app_user" ("id" uuid not null, "organisation_id" uuid not null, "username" varchar(64) not null, "display_name" varchar(100) not null, "mobile" varchar(20) null, "roles" text[] not null, "jurisdiction" varchar(6) null, "password_hash" varchar(200) null, "must_change_password" boolean not null default false, "enabled" boolean not null default true, "failed_attempts" int not null default 0, "locked_until" timestamptz null, "last_login_at" timestamptz null, "password_changed_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "app_user_organisation_id_index" on "app_user" ("organisation_id");`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(
      `alter table "audit_record" add constraint "audit_record_result_check" check ("result" in ('SUCCESS', 'FAILURE'));`,
    );

    this.addSql(
      `alter table "organisation" add constraint "organisation_type_check" check ("type" in ('ENTERPRISE', 'INSURER', 'BROKER', 'PREVENTION_ORG', 'REGULATOR', 'PLATFORM'));`,
    );
    this.addSql(
      `alter table "organisation" add constraint "organisation_registration_status_check" check ("registration_status" in ('PENDING', 'APPROVED', 'REJECTED'));`,
    );

    this.addSql(
      `create or replace function "outbox_outbox_notify_fn"() returns trigger as \$\$ begin perform pg_notify('anze_outbox', ''); return null; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "outbox_notify" AFTER INSERT on "outbox" for each STATEMENT execute function "outbox_outbox_notify_fn"();`,
    );

    this.addSql(
      `alter table "session" add constraint "session_method_check" check ("method" in ('PASSWORD', 'CERTIFICATE'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "api_client" cascade;`);
    this.addSql(`drop table if exists "audit_record" cascade;`);
    this.addSql(`drop table if exists "certificate_binding" cascade;`);
    this.addSql(`drop table if exists "certificate_challenge" cascade;`);
    this.addSql(`drop table if exists "dead_letter" cascade;`);
    this.addSql(`drop table if exists "inbox" cascade;`);
    this.addSql(`drop table if exists "organisation" cascade;`);
    this.addSql(`drop trigger if exists "outbox_notify" on "outbox";`);
    this.addSql(`drop function if exists "outbox_outbox_notify_fn"();`);
    this.addSql(`drop table if exists "outbox" cascade;`);
    this.addSql(`drop table if exists "partnership" cascade;`);
    this.addSql(`drop table if exists "refresh_token" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
  }
}
