// 行政区划代码: province → city → county, loaded level by level from the public divisions(parent:) query.
// The form value is the code of the last level chosen; the field shows e.g. "230103, 南岗区" as in the manual.
import { Cascader } from 'antd';
import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { DivisionsQuery } from './graphql.ts';
import type { DivisionsQuery as DivisionsResult } from '../../gql/graphql.ts';

type Option = { value: string; label: string; isLeaf: boolean; children?: Option[] };

function toOption(d: DivisionsResult['divisions'][number]): Option {
  return { value: d.code, label: d.name, isLeaf: d.level === 'COUNTY' };
}

/** GB/T 2260 codes nest by prefix: 230103 → 230000 / 230100 / 230103. */
function pathOf(code: string | undefined): string[] {
  if (!code || !/^\d{6}$/.test(code)) return [];
  const province = `${code.slice(0, 2)}0000`;
  const city = `${code.slice(0, 4)}00`;
  if (code === province) return [province];
  if (code === city) return [province, city];
  return [province, city, code];
}

type Props = {
  id?: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  disabled?: boolean;
  /** Offer only this division, its ancestors and what lies in it (a regulator's jurisdiction); null: everything. */
  within?: string | null;
  /** Let a province or city be chosen too, not only a county (search filters at any level). */
  changeOnSelect?: boolean;
};

/** The code prefix shared by everything inside a division: 230000 → 23, 230100 → 2301, 230103 → 230103. */
function prefixOf(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

export function DivisionCascader({ id, value, onChange, disabled, within, changeOnSelect }: Props) {
  const client = useClient();
  const [options, setOptions] = useState<Option[]>([]);
  const [failed, setFailed] = useState(false);

  const load = async (parent: string | null): Promise<Option[] | null> => {
    const result = await client
      .query(DivisionsQuery, { parent }, { requestPolicy: 'cache-first' })
      .toPromise();
    if (!result.data) {
      setFailed(true);
      return null;
    }
    const divisions = within
      ? result.data.divisions.filter(
          (d) => pathOf(within).includes(d.code) || d.code.startsWith(prefixOf(within)),
        )
      : result.data.divisions;
    return divisions.map(toOption);
  };

  // Load the provinces, and the branch leading to an existing value so that it displays with its name.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const provinces = await load(null);
      if (!provinces || cancelled) return;
      const [province, city] = pathOf(value ?? within ?? undefined);
      const provinceOption = provinces.find((o) => o.value === province);
      if (provinceOption && city) {
        provinceOption.children = (await load(provinceOption.value)) ?? undefined;
        const cityOption = provinceOption.children?.find((o) => o.value === city);
        if (cityOption && (value ?? within) !== city)
          cityOption.children = (await load(cityOption.value)) ?? undefined;
      }
      if (!cancelled) setOptions(provinces);
    })();
    return () => {
      cancelled = true;
    };
    // Only the first value matters: later values come from the cascader itself, whose branch is already loaded.
  }, []);

  const loadData = async (selected: Option[]) => {
    const target = selected[selected.length - 1];
    if (!target || target.children) return;
    const children = await load(target.value);
    if (!children) return;
    target.children = children;
    if (!children.length) target.isLeaf = true;
    setOptions((prev) => [...prev]);
  };

  return (
    <Cascader<Option>
      id={id}
      disabled={disabled}
      options={options}
      loadData={loadData}
      changeOnSelect={changeOnSelect}
      value={pathOf(value)}
      onChange={(path) => onChange?.(path?.length ? String(path[path.length - 1]) : undefined)}
      displayRender={(labels, selected) => {
        const last = selected?.[selected.length - 1];
        return last ? `${last.value}, ${last.label}` : (value ?? labels.join(' / '));
      }}
      placeholder={failed ? '行政区划加载失败' : '请选择省 / 市 / 区县'}
      allowClear
    />
  );
}
