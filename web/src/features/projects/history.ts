// 变更记录: the server sends each changed field's name and its values as stored — codes for the enumerations
// (BUILDING, UNDER_CONSTRUCTION). The screen shows their Chinese labels. No React here, so web/test can run it.
import { MAJOR_HAZARD_TYPE_LABELS, PROJECT_CATEGORY_LABELS, PROJECT_STATUS } from '../../shared/labels.ts';
import { groupThousands } from '../../shared/format.ts';

const STATUS_LABELS = Object.fromEntries(Object.entries(PROJECT_STATUS).map(([k, v]) => [k, v.label]));

/** The fields whose values are codes, with their labels. */
export const CODED_FIELDS: Record<string, Record<string, string>> = {
  category: PROJECT_CATEGORY_LABELS,
  status: STATUS_LABELS,
  'majorHazard.type': MAJOR_HAZARD_TYPE_LABELS,
};

/** One side of a change as the screen shows it: the label of a code, amounts grouped, （空） for nothing. */
export function changeValueText(field: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '（空）';
  const labels = CODED_FIELDS[field];
  if (labels) return labels[value] ?? value;
  if (field === 'costYuan') return groupThousands(value);
  return value;
}
