// Batched entity loading per request: N `__resolveReference` or relation lookups become one `IN (...)` query.
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName } from '@mikro-orm/core';

export class EntityLoaders {
  readonly #em: EntityManager;
  readonly #loaders = new Map<unknown, DataLoader<string, unknown>>();

  constructor(em: EntityManager) {
    this.#em = em;
  }

  /** Loads one entity by primary key `id`, batched with every other load of the same entity in this tick. */
  load<T extends object>(entity: EntityName<T>, id: string): Promise<T | null> {
    return this.#loader(entity).load(id) as Promise<T | null>;
  }

  /**
   * A request's loader of `name`: every `load(key)` in one tick becomes one `fetch(keys)`, which answers in the keys'
   * order (e.g. the applications of many projects for a page of federated `Project.insurance`).
   */
  batch<V>(name: string, fetch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.#loaders.get(name);
    if (!loader) {
      loader = new DataLoader<string, unknown>(fetch);
      this.#loaders.set(name, loader);
    }
    return loader as DataLoader<string, V>;
  }

  #loader<T extends object>(entity: EntityName<T>): DataLoader<string, unknown> {
    let loader = this.#loaders.get(entity);
    if (!loader) {
      loader = new DataLoader<string, unknown>(async (ids) => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const rows = (await this.#em.find(entity, { id: { $in: [...ids] } } as any)) as Array<
          T & { id: string }
        >;
        const byId = new Map(rows.map((r) => [String(r.id), r]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.#loaders.set(entity, loader);
    }
    return loader;
  }
}
