// The form of every screen that saves (新增, 编辑, 保存, the dialogs): it is submitted by its button only, never by
// Enter in a field (enter.ts), and says so when it has saved. Search forms (查询) and the login keep Enter: there it
// is the expected shortcut and nothing is written.
import { App, Form, type FormProps } from 'antd';
import type { ReactNode } from 'react';
import { preventEnterSubmit } from './enter.ts';

export type SaveFormProps<Values> = Omit<FormProps<Values>, 'onFinish' | 'onKeyDown' | 'children'> & {
  /**
   * Saves the validated values. Resolves to the success message to show (已保存, 已新增机构：…), or to null when
   * nothing was saved: the page has shown why (next to the fields or above them).
   */
  onSave: (values: Values) => Promise<string | null>;
  children?: ReactNode;
};

export function SaveForm<Values = Record<string, unknown>>({
  onSave,
  scrollToFirstError = true,
  children,
  ...props
}: SaveFormProps<Values>) {
  const { message } = App.useApp();
  return (
    <Form<Values>
      {...props}
      scrollToFirstError={scrollToFirstError}
      onKeyDown={preventEnterSubmit}
      onFinish={async (values) => {
        const saved = await onSave(values);
        if (saved) void message.success(saved);
      }}
    >
      {children}
    </Form>
  );
}
