// A password or client secret the server shows once (重置密码, 新增用户, 新增 API 客户端): in a dialog that says so,
// with a copy button, which closes only by its button (not by a click beside it or Esc), so nobody loses it by accident.
// When the answer to a request was lost and the browser sent it again, the server answers that it had been carried
// out (ALREADY_PROCESSED) without the secret: the same dialog then says what happened and what to do instead.
import { ExclamationCircleFilled } from '@ant-design/icons';
import { Alert, Button, Descriptions, Modal, Typography } from 'antd';

export type OneTimeSecret = {
  title: string;
  /** What the secret belongs to (用户名, 客户端 ID), shown above it. */
  items: { label: string; value: string }[];
  /** null: the request had already been carried out and its secret is not shown again (`hint` says so). */
  secret: { label: string; value: string } | null;
  /** What to do with it (the user must change it at first login …), or the server's message when `secret` is null. */
  hint: string;
};

/** The dialog for a request the server had already carried out (ALREADY_PROCESSED): its message, no secret. */
export function alreadyProcessedSecret(
  title: string,
  items: OneTimeSecret['items'],
  message: string,
): OneTimeSecret {
  return { title, items, secret: null, hint: message };
}

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
          {secret?.secret === null ? '知道了' : '我已妥善保存，关闭'}
        </Button>
      }
    >
      {secret?.secret === null && (
        <>
          <Alert type="info" showIcon title={secret.hint} style={{ marginBottom: 16 }} />
          <Descriptions
            bordered
            size="small"
            column={1}
            styles={{ label: { width: 120 } }}
            items={secret.items.map((item) => ({ key: item.label, label: item.label, children: item.value }))}
          />
        </>
      )}
      {secret?.secret && (
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
