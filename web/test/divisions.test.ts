// CONTEXT: the 行政区划代码 picker opened on the 31 provinces for everybody; an enterprise in 南岗区 clicked
// 黑龙江省 → 哈尔滨市 for every project. An empty field now opens where the user works.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openingPath, pathOf, prefixOf } from '../src/shared/divisions/paths.ts';

test('codes nest by prefix', () => {
  assert.deepEqual(pathOf('230103'), ['230000', '230100', '230103']);
  assert.deepEqual(pathOf('230100'), ['230000', '230100']);
  assert.deepEqual(pathOf('230000'), ['230000']);
  assert.deepEqual(pathOf('2301'), []);
  assert.deepEqual(pathOf(undefined), []);
  assert.equal(prefixOf('230000'), '23');
  assert.equal(prefixOf('230100'), '2301');
  assert.equal(prefixOf('230103'), '230103');
});

test('an empty field opens on the city of a county (its counties listed), a city, or a province', () => {
  assert.deepEqual(openingPath('230103'), ['230000', '230100']);
  assert.deepEqual(openingPath('230100'), ['230000', '230100']);
  assert.deepEqual(openingPath('230000'), ['230000']);
  assert.deepEqual(openingPath(null), []);
  assert.deepEqual(openingPath(undefined), []);
});
