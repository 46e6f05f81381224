// Enter in a text field must not submit a form that saves: a date typed into 计划竣工日期 and confirmed with Enter
// saved a half-filled 新增项目. The browser submits a form when Enter is pressed in one of its inputs ("implicit
// submission"); cancelling that keydown on the form keeps what the field itself does with Enter (a date picker
// confirms its date, a select picks its option: their handlers run first, on the field) and leaves the buttons alone.
// No React or antd here, so web/test can run it under Node.

/** The part of a keyboard event this needs (React's and the DOM's both fit). */
export type EnterKeyEvent = {
  key: string;
  target: EventTarget | null;
  nativeEvent?: { isComposing?: boolean };
  preventDefault: () => void;
};

/** Cancels the implicit submission of Enter in an input; textareas (new lines) and buttons keep theirs. */
export function preventEnterSubmit(event: EnterKeyEvent): void {
  if (event.key !== 'Enter' || event.nativeEvent?.isComposing) return;
  const target = event.target as { tagName?: string; type?: string } | null;
  if (target?.tagName !== 'INPUT') return;
  const type = (target.type ?? 'text').toLowerCase();
  if (type === 'submit' || type === 'button' || type === 'reset' || type === 'image') return;
  event.preventDefault();
}
