// A password or client secret the server shows once (重置密码, 新增用户, 新增 API 客户端): in a dialog that says so,
// with a copy button, which closes only by its button (not by a click beside it or Esc), so nobody loses it by accident.
import { ExclamationCircleFilled } from '@ant-design/icons';
import { Alert, Button, Descriptions, Modal, Typography } from 'antd';

export type OneTimeSecret = {
  title: string;
  /** What the secret belongs to (用户名, 客户端 ID), shown above it. */
  items: { label: string; value: string }[];
  secret: { label: string; value: string };
  /** What to do with it (the user must change it at first login …). */
  hint: string;
};

export function OneTimeSecretModal({
  secret,
  onClose,
}: {
  secret: OneTimeSecret | null;
  onClose: () => void;
}) {
  return (
    <Modal
      title={
        <>
          <ExclamationCircleFilled style={{ color: '#faad14', marginRight: 8 }} />
          {secret?.title}
        </>
      }
      open={secret !== null}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          我已妥善保存，关闭
        </Button>
      }
    >
      {secret && (
        <>
          <Alert
            type="warning"
            showIcon
            title={`${secret.secret.label}只显示这一次，关闭后无法再次查看。`}
            description={secret.hint}
            style={{ marginBottom: 16 }}
          />
          <Descriptions
            bordered
            size="small"
            column={1}
            styles={{ label: { width: 120 } }}
            items={[...secret.items, secret.secret].map((item) => ({
              key: item.label,
              label: item.label,
              children: (
                <Typography.Text
                  code={item === secret.secret}
                  strong={item === secret.secret}
                  copyable={
                    item === secret.secret
                      ? { text: item.value, tooltips: [`复制${item.label}`, '已复制'] }
                      : false
                  }
                  style={{ wordBreak: 'break-all' }}
                  aria-label={item.label}
                >
                  {item.value}
                </Typography.Text>
              ),
            }))}
          />
        </>
      )}
    </Modal>
  );
}
