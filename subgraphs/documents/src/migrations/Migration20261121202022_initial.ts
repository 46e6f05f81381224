import { Migration } from '@mikro-orm/migrations';

export class Migration20261121202022_initial extends Migration {
  override name = 'Migration20261121202022_initial';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "dead_letter" ("id" uuid not null, "consumer" varchar(128) not null, "event_id" uuid null, "subject" varchar(255) not null, "stream_sequence" bigint not null, "deliveries" int not null, "payload" text not null, "error" text not null, "failed_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "dead_letter_consumer_failed_at_index" on "dead_letter" ("consumer", "failed_at");`,
    );

    this.addSql(
      `create table "document" ("id" uuid not null, "kind" text not null, "owner_organisation_id" uuid not null, "division_code" varchar(6) not null, "file_name" varchar(255) not null, "size" bigint not null, "content_type" varchar(100) not null, "sha256" varchar(64) not null, "thumbnail_sha256" varchar(64) null, "grants" jsonb not null, "uploaded_by" uuid not null, "uploaded_at" timestamptz not null, "deleted_at" timestamptz null, "deleted_by" uuid null, primary key ("id"));`,
    );
    this.addSql(
      `create index "document_owner_organisation_id_index" on "document" ("owner_organisation_id");`,
    );
    this.addSql(`create index "document_division_code_index" on "document" ("division_code");`);
    this.addSql(`create index "document_sha256_index" on "document" ("sha256");`);
    this.addSql(`create index "document_thumbnail_sha256_index" on "document" ("thumbnail_sha256");`);
    this.addSql(
      `create index "document_owner_live_idx" on "document" ("owner_organisation_id", "kind") where deleted_at is null;`,
    );

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
      `alter table "document" add constraint "document_kind_check" check ("kind" in ('BUSINESS_LICENSE', 'QUALIFICATION', 'LEGAL_REP_ID_PORTRAIT', 'LEGAL_REP_ID_EMBLEM', 'CONTRACT', 'POLICY', 'AGREEMENT', 'SAFETY_LICENSE', 'PHOTO', 'REPORT', 'OTHER'));`,
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
    this.addSql(`drop table if exists "document" cascade;`);
    this.addSql(`drop table if exists "inbox" cascade;`);
    this.addSql(`drop trigger if exists "outbox_notify" on "outbox";`);
    this.addSql(`drop function if exists "outbox_outbox_notify_fn"();`);
    this.addSql(`drop table if exists "outbox" cascade;`);
  }
}
