// A stored division code as the manuals show it, e.g. "230000, 黑龙江省" (the dictionary is cached per code).
import { useQuery } from 'urql';
import { DivisionQuery } from './graphql.ts';

export function DivisionName({ code }: { code: string | null | undefined }) {
  const [{ data }] = useQuery({ query: DivisionQuery, variables: { code: code ?? '' }, pause: !code });
  if (!code) return <>—</>;
  const name = data?.division?.fullName;
  return <span title={code}>{name ? `${code}, ${name}` : code}</span>;
}
