// 行政区划代码: province → city → county, loaded level by level from the public divisions(parent:) query.
// The form value is the code of the last level chosen; the field shows e.g. "230103, 南岗区" as in the manual.
// An empty field opens where the signed-in user works (a regulator's jurisdiction, else the organisation's
// division): an enterprise in 南岗区 sees the counties of 哈尔滨市 at once instead of clicking 黑龙江省 → 哈尔滨市.
import { Cascader } from 'antd';
import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { useAuth } from '../session/AuthContext.tsx';
import { openingPath, pathOf, prefixOf } from './paths.ts';
import { DivisionsQuery } from './graphql.ts';
import type { DivisionsQuery as DivisionsResult } from '../../gql/graphql.ts';

type Option = { value: string; label: string; isLeaf: boolean; children?: Option[] };

function toOption(d: DivisionsResult['divisions'][number]): Option {
  return { value: d.code, label: d.name, isLeaf: d.level === 'COUNTY' };
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
  /** Where an empty field opens; default: the viewer's jurisdiction or organisation division; null: the provinces. */
  home?: string | null;
};

/** The division a signed-in user works in: a regulator's jurisdiction, else the organisation's division. */
function useHomeDivision(): string | null {
  const { state } = useAuth();
  if (state.status !== 'authenticated') return null;
  return state.viewer.jurisdiction ?? state.viewer.organisation?.divisionCode ?? null;
}

export function DivisionCascader({ id, value, onChange, disabled, within, changeOnSelect, home }: Props) {
  const client = useClient();
  const viewerHome = useHomeDivision();
  const [options, setOptions] = useState<Option[]>([]);
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  const opening = openingPath(home === undefined ? (within ?? viewerHome) : home);

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

  // Load the provinces, and the branch leading to an existing value (so that it displays with its name) or, for an
  // empty field, to where it opens (so that its counties are there at once).
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const provinces = await load(null);
      if (!provinces || cancelled) return;
      const [province, city] = value ? pathOf(value) : opening;
      const provinceOption = provinces.find((o) => o.value === province);
      if (provinceOption && city) {
        provinceOption.children = (await load(provinceOption.value)) ?? undefined;
        const cityOption = provinceOption.children?.find((o) => o.value === city);
        if (cityOption) cityOption.children = (await load(cityOption.value)) ?? undefined;
      } else if (provinceOption && !value) {
        provinceOption.children = (await load(provinceOption.value)) ?? undefined;
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

  const placeholder = failed ? '行政区划加载失败' : '请选择省 / 市 / 区县';
  // The cascader opens on the branch of its value: while an empty field is open, its opening branch stands in for
  // one (shown as the placeholder, never sent to the form).
  const opened = !value && open && opening.length > 0;
  return (
    <Cascader<Option>
      id={id}
      disabled={disabled}
      options={options}
      loadData={loadData}
      changeOnSelect={changeOnSelect}
      value={opened ? opening : pathOf(value)}
      onOpenChange={setOpen}
      onChange={(path) => onChange?.(path?.length ? String(path[path.length - 1]) : undefined)}
      displayRender={(labels, selected) => {
        if (opened) return <span style={{ color: 'rgba(0, 0, 0, 0.25)' }}>{placeholder}</span>;
        const last = selected?.[selected.length - 1];
        return last ? `${last.value}, ${last.label}` : (value ?? labels.join(' / '));
      }}
      placeholder={placeholder}
      allowClear={!opened}
    />
  );
}
