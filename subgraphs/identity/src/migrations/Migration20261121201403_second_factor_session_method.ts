import { Migration } from '@mikro-orm/migrations';

// A session opened by password plus CA certificate (second factor of operator accounts) records that method.
export class Migration20261121201403_second_factor_session_method extends Migration {
  override name = 'Migration20261121201403_second_factor_session_method';

  override up(): void {
    this.addSql(`alter table "session" drop constraint "session_method_check";`);
    this.addSql(
      `alter table "session" add constraint "session_method_check" check ("method" in ('PASSWORD', 'CERTIFICATE', 'PASSWORD_CERTIFICATE'));`,
    );
  }

  override down(): void {
    this.addSql(`alter table "session" drop constraint "session_method_check";`);
    this.addSql(
      `alter table "session" add constraint "session_method_check" check ("method" in ('PASSWORD', 'CERTIFICATE'));`,
    );
  }
}
