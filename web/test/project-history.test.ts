// CONTEXT: 项目详情 › 变更记录 showed BUILDING and UNDER_CONSTRUCTION: the server sends codes, the screen shows labels.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changeValueText } from '../src/features/projects/history.ts';

test('codes are shown as their Chinese labels', () => {
  assert.equal(changeValueText('category', 'BUILDING'), '房屋建筑工程');
  assert.equal(changeValueText('status', 'UNDER_CONSTRUCTION'), '在建');
  assert.equal(changeValueText('status', 'COMPLETED'), '竣工');
  assert.equal(changeValueText('majorHazard.type', 'DEEP_EXCAVATION'), '深基坑工程');
});

test('other values as sent, amounts grouped, nothing as （空）, an unknown code as it is', () => {
  assert.equal(changeValueText('name', '松花江路住宅楼'), '松花江路住宅楼');
  assert.equal(changeValueText('costYuan', '12345678.5'), '12,345,678.5');
  assert.equal(changeValueText('detailAddress', null), '（空）');
  assert.equal(changeValueText('category', 'SPACEPORT'), 'SPACEPORT');
});
