// 所属机构: an organisation picked by typing part of its name or 统一社会信用代码 (the organisations query), for the
// 用户管理 filter and 新增用户. The value is the organisation's id; the chosen option carries its type.
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import type { OrganisationType } from '../../gql/graphql.ts';
import { ORGANISATION_TYPE_LABELS } from '../../shared/labels.ts';
import { AdminOrganisationsQuery } from './graphql.ts';

export type OrganisationOption = { value: string; label: string; type: OrganisationType };

const SEARCH_DELAY_MS = 300;

export function OrganisationSelect({
  id,
  value,
  onChange,
  onPick,
  disabled,
  initial,
  placeholder = '输入单位名称或统一社会信用代码搜索',
  width,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** The chosen organisation (with its type), or undefined when cleared. */
  onPick?: (option: OrganisationOption | undefined) => void;
  disabled?: boolean;
  /** An organisation already chosen elsewhere (新增用户 from 机构详情), so its name shows before any search. */
  initial?: OrganisationOption | undefined;
  placeholder?: string;
  width?: number;
}) {
  const client = useClient();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<OrganisationOption[]>(initial ? [initial] : []);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      setLoading(true);
      void client
        .query(AdminOrganisationsQuery, {
          filter: text.trim() ? { search: text.trim() } : {},
          page: { page: 1, pageSize: 20 },
        })
        .toPromise()
        .then((r) => {
          if (cancelled) return;
          setLoading(false);
          const found = (r.data?.organisations.items ?? []).map((o) => ({
            value: o.id,
            label: o.name,
            type: o.type,
          }));
          // Keep the chosen one listed, so the field still shows its name.
          setOptions((prev) => {
            const chosen = prev.find((o) => o.value === value);
            return chosen && !found.some((o) => o.value === chosen.value) ? [chosen, ...found] : found;
          });
        });
    }, SEARCH_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `value` only keeps the chosen option listed; a new search is started by the text alone.
  }, [client, text]);

  return (
    <Select<string, OrganisationOption>
      id={id}
      value={value}
      disabled={disabled}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      loading={loading}
      placeholder={placeholder}
      style={width ? { width } : undefined}
      popupMatchSelectWidth={false}
      options={options}
      optionRender={(o) => (
        <span>
          {o.data.label}
          <span style={{ color: 'rgba(0,0,0,0.45)', marginLeft: 8 }}>
            {ORGANISATION_TYPE_LABELS[o.data.type]}
          </span>
        </span>
      )}
      notFoundContent={loading ? '搜索中…' : '无匹配单位'}
      onChange={(v, option) => {
        onChange?.(v);
        onPick?.(Array.isArray(option) ? undefined : option);
      }}
    />
  );
}
