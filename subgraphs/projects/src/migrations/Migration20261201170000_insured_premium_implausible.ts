import { Migration } from '@mikro-orm/migrations';

// Whether the policy's premium lies outside its plan's plausible bounds (underwriting's policy events say so), for
// the regulator's 项目信息 to flag it. A constant default: adding it to the 500,000-row table rewrites nothing.

export class Migration20261201170000_insured_premium_implausible extends Migration {
  override name = 'Migration20261201170000_insured_premium_implausible';

  override up(): void | Promise<void> {
    this.addSql(`alter table "project" add "insured_premium_implausible" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "project" drop column "insured_premium_implausible";`);
  }
}
