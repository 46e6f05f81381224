// Validation of 重大危险源登记 input: each refusal names the input field (extensions.field).
import { badInput } from '@anze/auth';
import { checkContactPhone } from '@anze/dictionaries';
import { MAJOR_HAZARD_TYPES, type MajorHazardType } from './dictionaries.ts';
import { readPeriod } from '@anze/domain';

export interface MajorHazardInput {
  type: MajorHazardType;
  location: string;
  controlMeasures: string;
  responsiblePerson: string;
  responsiblePhone: string;
  periodStart: string;
  periodEnd: string;
}

function required(value: string | null | undefined, field: string, label: string, max: number): string {
  const v = value?.trim() ?? '';
  if (!v) throw badInput(`请填写${label}`, field);
  if (v.length > max) throw badInput(`${label}不能超过${max}个字符`, field);
  return v;
}

/**
 * The hazard's fields, trimmed and checked; its period must lie inside the project's planned period (a period from
 * 0001-01-01 to 9999-12-31 was once accepted).
 */
export function validateMajorHazard(
  input: MajorHazardInput,
  project: { plannedStart: string; plannedEnd: string },
): MajorHazardInput {
  if (!(input.type in MAJOR_HAZARD_TYPES)) throw badInput('请选择危险源类别', 'type');
  const location = required(input.location, 'location', '部位', 200);
  const controlMeasures = required(input.controlMeasures, 'controlMeasures', '管控措施', 2000);
  const responsiblePerson = required(input.responsiblePerson, 'responsiblePerson', '责任人', 50);
  const responsiblePhone = (input.responsiblePhone ?? '').trim();
  const phoneProblem = checkContactPhone(responsiblePhone);
  if (phoneProblem) throw badInput(phoneProblem, 'responsiblePhone');
  readPeriod(input.periodStart, input.periodEnd, {
    startField: 'periodStart',
    endField: 'periodEnd',
    label: '危险源管控期间',
    earliest: project.plannedStart,
    latest: project.plannedEnd,
  });
  return { ...input, location, controlMeasures, responsiblePerson, responsiblePhone };
}
