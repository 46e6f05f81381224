// 理赔信息: the claims the viewer may read, newest first — the insurer's and broker's (信息管理), the enterprise's own
// (with 提交补充材料 when asked) and the regulator's jurisdiction, searched by 状态, 事故等级 and 出险日期, and for the
// regulator by 行政区划, 施工企业 and 保险机构 too. The API has no 项目名称 search and no export: neither is offered.
import { DatePicker, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useQuery } from 'urql';
import type { AccidentGrade, ClaimStatus } from '../../gql/graphql.ts';
import { DivisionCascader } from '../../shared/divisions/DivisionCascader.tsx';
import { FilterForm, ListPage, useListState } from '../../shared/list/ListPage.tsx';
import { hasAnyRole, useViewer } from '../../shared/session/AuthContext.tsx';
import { ACCIDENT_GRADE_OPTIONS, CLAIM_STATUS_OPTIONS, claimFilterOf, type ClaimSearch } from './claims.ts';
import { claimColumns } from './ClaimParts.tsx';
import { ClaimEnterprisesQuery, ClaimInsurersQuery, ClaimsQuery, type ClaimRow } from './graphql.ts';
import { useClaimActions, type ClaimsViewer } from './PolicyClaimsSection.tsx';

type SearchValues = {
  status?: ClaimStatus;
  grade?: AccidentGrade;
  accidentDates?: [Dayjs | null, Dayjs | null] | null;
  divisionCode?: string;
  organisationId?: string;
  insurerId?: string;
  overdue?: boolean;
};

function searchOf(v: Partial<SearchValues>): ClaimSearch {
  const [from, to] = v.accidentDates ?? [];
  return {
    status: v.status,
    grade: v.grade,
    divisionCode: v.divisionCode,
    organisationId: v.organisationId,
    insurerId: v.insurerId,
    overdue: v.overdue,
    accidentFrom: from?.format('YYYY-MM-DD'),
    accidentTo: to?.format('YYYY-MM-DD'),
  };
}

/** 施工企业 or 保险机构 as a Form.Item's control: its id (the label's target), value and onChange. */
type OrganisationSelectProps = { id?: string; value?: string; onChange?: (v: string | undefined) => void };

function OrganisationFilterSelect({
  options,
  loading,
  onSearch,
  placeholder,
  ...control
}: OrganisationSelectProps & {
  options: readonly { id: string; name: string }[] | undefined;
  loading: boolean;
  /** Searched on the server as typed; without it the options are filtered here. */
  onSearch?: (text: string) => void;
  placeholder: string;
}) {
  return (
    <Select
      {...control}
      allowClear
      placeholder={placeholder}
      style={{ width: 220 }}
      showSearch={onSearch ? { filterOption: false, onSearch } : { optionFilterProp: 'label' }}
      loading={loading}
      options={(options ?? []).map((o) => ({ value: o.id, label: o.name }))}
    />
  );
}

/** 施工企业: typed part of its name, chosen from what the regulator may see. */
function EnterpriseSelect(control: OrganisationSelectProps) {
  const [search, setSearch] = useState('');
  const [query] = useQuery({ query: ClaimEnterprisesQuery, variables: { search: search.trim() || null } });
  return (
    <OrganisationFilterSelect
      {...control}
      options={query.data?.organisations.items}
      loading={query.fetching}
      onSearch={setSearch}
      placeholder="输入企业名称搜索"
    />
  );
}

function InsurerSelect(control: OrganisationSelectProps) {
  const [query] = useQuery({ query: ClaimInsurersQuery });
  return (
    <OrganisationFilterSelect
      {...control}
      options={query.data?.insurers}
      loading={query.fetching}
      placeholder="全部"
    />
  );
}

export function ClaimsPage() {
  const user = useViewer();
  const regulator = hasAnyRole(user, ['REGULATOR', 'PLATFORM_ADMIN']);
  const viewer: ClaimsViewer = hasAnyRole(user, ['INSURER'])
    ? 'insurer'
    : hasAnyRole(user, ['ENTERPRISE'])
      ? 'enterprise'
      : 'reader';
  const list = useListState<ClaimSearch>({});
  const [query, refetch] = useQuery({
    query: ClaimsQuery,
    variables: { filter: claimFilterOf(list.filter), page: list.paging },
    requestPolicy: 'cache-and-network',
  });
  const actions = useClaimActions(viewer, () => refetch({ requestPolicy: 'network-only' }));
  // The enterprise acts only on a request for 补充材料: 操作 only when a row has one.
  const withActions =
    actions.column !== null &&
    (viewer !== 'enterprise' || (query.data?.claims.items ?? []).some((c) => c.supplementRequested));

  return (
    <ListPage
      title="理赔信息"
      filters={
        <FilterForm<SearchValues>
          onSearch={(v) => {
            list.search(searchOf(v));
            refetch({ requestPolicy: 'network-only' });
          }}
        >
          {regulator && (
            <>
              <Form.Item name="divisionCode" label="行政区划">
                <DivisionCascader within={user.jurisdiction ?? null} changeOnSelect />
              </Form.Item>
              <Form.Item name="organisationId" label="施工企业">
                <EnterpriseSelect />
              </Form.Item>
              <Form.Item name="insurerId" label="保险机构">
                <InsurerSelect />
              </Form.Item>
            </>
          )}
          <Form.Item name="status" label="状态">
            <Select allowClear placeholder="全部" style={{ width: 110 }} options={CLAIM_STATUS_OPTIONS} />
          </Form.Item>
          <Form.Item name="grade" label="事故等级">
            <Select allowClear placeholder="全部" style={{ width: 130 }} options={ACCIDENT_GRADE_OPTIONS} />
          </Form.Item>
          <Form.Item name="accidentDates" label="出险日期">
            <DatePicker.RangePicker />
          </Form.Item>
          {viewer !== 'enterprise' && (
            <Form.Item name="overdue" label="超期">
              <Select
                allowClear
                placeholder="全部"
                style={{ width: 100 }}
                options={[{ value: true, label: '仅超期' }]}
              />
            </Form.Item>
          )}
        </FilterForm>
      }
      rowKey="id"
      fit
      columns={[...claimColumns<ClaimRow>(true), ...(withActions ? [actions.column!] : [])]}
      query={query}
      rows={(d) => d.claims}
      list={list}
    >
      {actions.modal}
    </ListPage>
  );
}
