// CONTEXT: Enter in 计划竣工日期 submitted 新增项目 half-filled. Forms that save are submitted by their button only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { preventEnterSubmit, type EnterKeyEvent } from '../src/shared/form/enter.ts';

function press(key: string, target: { tagName: string; type?: string } | null, isComposing = false) {
  let prevented = false;
  const event: EnterKeyEvent = {
    key,
    target: target as unknown as EventTarget,
    nativeEvent: { isComposing },
    preventDefault: () => {
      prevented = true;
    },
  };
  preventEnterSubmit(event);
  return prevented;
}

test('Enter in a text, date, number or search field does not submit the form', () => {
  assert.equal(press('Enter', { tagName: 'INPUT', type: 'text' }), true);
  assert.equal(press('Enter', { tagName: 'INPUT' }), true);
  assert.equal(press('Enter', { tagName: 'INPUT', type: 'search' }), true);
  assert.equal(press('Enter', { tagName: 'INPUT', type: 'password' }), true);
});

test('new lines in a textarea, the buttons, other keys and IME composition are left alone', () => {
  assert.equal(press('Enter', { tagName: 'TEXTAREA' }), false);
  assert.equal(press('Enter', { tagName: 'BUTTON', type: 'submit' }), false);
  assert.equal(press('Enter', { tagName: 'INPUT', type: 'submit' }), false);
  assert.equal(press('Tab', { tagName: 'INPUT', type: 'text' }), false);
  assert.equal(press('a', { tagName: 'INPUT', type: 'text' }), false);
  assert.equal(press('Enter', { tagName: 'INPUT', type: 'text' }, true), false);
  assert.equal(press('Enter', null), false);
});
