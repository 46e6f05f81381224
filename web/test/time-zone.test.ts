// CONTEXT: 登记时间 read 07:38 on a screen whose browser ran in UTC and 15:38 in the export: every instant is shown
// in the platform's time zone (Asia/Shanghai unless VITE_PLATFORM_TIME_ZONE says otherwise), whatever the machine's.
// The browser's zone is simulated by TZ=UTC (Node applies a new TZ to every Date from then on).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import dayjs from 'dayjs';
import { PLATFORM_TIME_ZONE, dateTimeText, platformDayRange, timeText } from '../src/shared/format.ts';

process.env.TZ = 'UTC';

test('the machine runs in UTC, the platform in Asia/Shanghai', () => {
  assert.equal(new Date('2026-05-06T07:38:00Z').getHours(), 7);
  assert.equal(PLATFORM_TIME_ZONE, 'Asia/Shanghai');
});

test('an instant from the API is shown in Asia/Shanghai, as the export writes it', () => {
  assert.equal(dateTimeText('2026-05-06T07:38:12.345Z'), '2026-05-06 15:38:12');
  assert.equal(dateTimeText('2026-05-06T07:38:12+00:00'), '2026-05-06 15:38:12');
  // late in the UTC evening it is already the next day in China
  assert.equal(dateTimeText('2026-12-31T16:30:00Z'), '2027-01-01 00:30:00');
  assert.equal(dateTimeText(new Date('2026-05-06T07:38:12Z')), '2026-05-06 15:38:12');
  assert.equal(dateTimeText(Date.parse('2026-05-06T07:38:12Z')), '2026-05-06 15:38:12');
  assert.equal(timeText('2026-05-06T07:38:12Z'), '15:38:12');
});

test('nothing, or garbage, is shown as nothing', () => {
  assert.equal(dateTimeText(null), '');
  assert.equal(dateTimeText(undefined), '');
  assert.equal(dateTimeText(''), '');
  assert.equal(dateTimeText('not a date'), '');
});

test('a day picked in a filter is the platform day: 00:00 to 23:59:59.999 in Asia/Shanghai', () => {
  const picked = dayjs('2026-05-06');
  assert.deepEqual(platformDayRange(picked), {
    from: '2026-05-05T16:00:00.000Z',
    to: '2026-05-06T15:59:59.999Z',
  });
});
