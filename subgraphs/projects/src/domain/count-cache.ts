// 共 N 项 of a search, remembered with the revision of the counties and status it lies in (project_division_count,
// see project-division-count.entity.ts). Paging through a search, or opening it again, asks for the same count over
// and over; counting means walking every project of the county (about 1 ms of PostgreSQL for 3,400 rows, the
// largest part of a list request at 500,000 projects), while reading the revision is a sum over a few rows. A count
// is reused only while that sum is unchanged, i.e. while no project it could include has been written since: never
// stale, whichever replica counted it. One cache per service (per database), bounded, oldest entries dropped first.
import type { SqlCondition } from './project.repository.ts';

export interface KnownTotal {
  /** sum(revision) over the filter's counties and status, as PostgreSQL printed it (bigint). */
  revision: string;
  total: number;
}

export class CountCache {
  readonly #entries = new Map<string, KnownTotal>();
  readonly #maxEntries: number;

  constructor(maxEntries = 1000) {
    this.#maxEntries = maxEntries;
  }

  static keyOf(where: SqlCondition): string {
    return `${where.sql}\u0000${JSON.stringify(where.params)}`;
  }

  get(key: string): KnownTotal | undefined {
    const known = this.#entries.get(key);
    if (known) {
      // Most recently used last: the first key is the one to drop.
      this.#entries.delete(key);
      this.#entries.set(key, known);
    }
    return known;
  }

  set(key: string, known: KnownTotal): void {
    if (this.#maxEntries === 0) return;
    this.#entries.delete(key);
    if (this.#entries.size >= this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, known);
  }
}
