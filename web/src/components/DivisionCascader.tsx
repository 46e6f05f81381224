// 行政区划代码: province → city → county, loaded level by level from the public divisions(parent:) query.
// The form value is the code of the last level chosen; the field shows e.g. "230103, 南岗区" as in the manual.
import { Cascader } from 'antd';
import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { DivisionsQuery } from '../graphql/identity.ts';
import type { Division } from '../graphql/types.ts';

type Option = { value: string; label: string; isLeaf: boolean; children?: Option[] };

function toOption(d: Division): Option {
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
};

export function DivisionCascader({ id, value, onChange, disabled }: Props) {
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
    return result.data.divisions.map(toOption);
  };

  // Load the provinces, and the branch leading to an existing value so that it displays with its name.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const provinces = await load(null);
      if (!provinces || cancelled) return;
      const [province, city] = pathOf(value);
      const provinceOption = provinces.find((o) => o.value === province);
      if (provinceOption && city) {
        provinceOption.children = (await load(provinceOption.value)) ?? undefined;
        const cityOption = provinceOption.children?.find((o) => o.value === city);
        if (cityOption && value !== city) cityOption.children = (await load(cityOption.value)) ?? undefined;
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
