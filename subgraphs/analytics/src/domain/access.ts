// Access policy of analytics (built on @anze/auth's row scopes): a regulator reads the metrics of its jurisdiction
// and of any division inside it, an administrator those of any division and of the whole country. Metrics describe
// one division as a whole, so a division wider than the jurisdiction is refused rather than narrowed.
import { assertWithinJurisdiction, badInput, forbidden, hasRole, type Viewer } from '@anze/auth';
import { checkDivisionCode } from '@anze/dictionaries';
import { NATIONAL } from './divisions.ts';

/** The division asked for, or the viewer's own; refused outside a regulator's jurisdiction. */
export function metricsDivision(viewer: Viewer, requested: string | null | undefined): string {
  const own = viewer.kind === 'anonymous' ? null : viewer.jurisdiction;
  const code = requested ?? own ?? (hasRole(viewer, 'PLATFORM_ADMIN') ? NATIONAL : null);
  if (!code) throw forbidden('您的账号未设置管辖区域');
  if (code !== NATIONAL) {
    const problem = checkDivisionCode(code);
    if (problem) throw badInput(problem, 'divisionCode');
  }
  // The country as a whole is inside no regulator's jurisdiction; administrators see everything.
  if (code === NATIONAL && !hasRole(viewer, 'PLATFORM_ADMIN')) throw forbidden('不在您的管辖范围内');
  assertWithinJurisdiction(viewer, code);
  return code;
}
