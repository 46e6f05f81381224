// A dialog whose form saves (新增机构, 新增用户, 分配角色, 驳回 …): 确定 submits the form (SaveForm: validation, no
// Enter, the success message), a message no field took is shown above it, and the fields start afresh each time.
import { Alert, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { SaveForm, type SaveFormProps } from './SaveForm.tsx';

export type FormModalProps<Values> = SaveFormProps<Values> & {
  form: FormInstance<Values>;
  title: ReactNode;
  open: boolean;
  width?: number;
  /** 确定 shows it is busy. */
  saving: boolean;
  /** The server's message that belongs to no field, above the form. */
  error?: string | null;
  /** Shown above the form (what the dialog does). */
  notice?: ReactNode;
  /** 确定's label (a destructive dialog says what it does). */
  okText?: string;
  danger?: boolean;
  onCancel: () => void;
  /** After the dialog has closed (clear the page's error). */
  onClosed?: () => void;
};

export function FormModal<Values = Record<string, unknown>>({
  form,
  title,
  open,
  width = 600,
  saving,
  error,
  notice,
  okText = '确定',
  danger = false,
  onCancel,
  onClosed,
  children,
  ...formProps
}: FormModalProps<Values>) {
  return (
    <Modal
      title={title}
      open={open}
      width={width}
      okText={okText}
      cancelText="取消"
      okButtonProps={{ danger }}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onCancel}
      afterClose={onClosed}
      destroyOnHidden
    >
      {notice}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <SaveForm<Values> form={form} preserve={false} {...formProps}>
        {children}
      </SaveForm>
    </Modal>
  );
}
