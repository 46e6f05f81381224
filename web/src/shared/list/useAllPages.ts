// Every page of a paged query, for a list whose filters the API does not offer (client-pages.ts). Pages are read
// one after the other at the API's largest size, up to CLIENT_FILTER_LIMIT rows.
import { useEffect, useState } from 'react';
import { useClient, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';
import { API_PAGE_SIZE, CLIENT_FILTER_LIMIT } from './client-pages.ts';

type Page = { page: number; pageSize: number };

export type AllPages<Row> = {
  /** undefined until the first answer. */
  items: Row[] | undefined;
  /** What the API counts (more than `items` when truncated). */
  total: number;
  truncated: boolean;
  fetching: boolean;
  error: CombinedError | undefined;
};

export function useAllPages<Data, Variables extends AnyVariables & { page?: Page | null }, Row>({
  query,
  variables,
  rows,
  pause,
  reload,
}: {
  query: TypedDocumentNode<Data, Variables>;
  /** Without `page`. */
  variables: Omit<Variables, 'page'>;
  rows: (data: Data) => { items: readonly Row[]; total: number };
  pause: boolean;
  /** A new value reads everything again (after a change). */
  reload: number;
}): AllPages<Row> {
  const client = useClient();
  const key = JSON.stringify(variables);
  const [state, setState] = useState<AllPages<Row>>({
    items: undefined,
    total: 0,
    truncated: false,
    fetching: false,
    error: undefined,
  });
  useEffect(() => {
    if (pause) return;
    let cancelled = false;
    setState((s) => ({ ...s, fetching: true, error: undefined }));
    void (async () => {
      const items: Row[] = [];
      let total = 0;
      for (let page = 1; ; page++) {
        const result = await client
          .query(query, { ...variables, page: { page, pageSize: API_PAGE_SIZE } } as Variables, {
            requestPolicy: 'network-only',
          })
          .toPromise();
        if (cancelled) return;
        if (!result.data) {
          setState({ items, total, truncated: false, fetching: false, error: result.error });
          return;
        }
        const got = rows(result.data);
        total = got.total;
        items.push(...got.items);
        if (items.length >= total || got.items.length === 0 || items.length >= CLIENT_FILTER_LIMIT) break;
      }
      setState({ items, total, truncated: items.length < total, fetching: false, error: undefined });
    })();
    return () => {
      cancelled = true;
    };
    // `variables` is compared by value (key); `rows` and `query` are the page's constants.
  }, [client, key, pause, reload]);
  return state;
}
