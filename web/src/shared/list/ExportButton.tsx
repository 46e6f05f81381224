// 导出 next to 查询: an export needs the bearer token, so it cannot be a plain link; it is fetched with its progress
// shown, and the blob saved under the server's file name.
import { DownOutlined, ExportOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { formatSize } from '../format.ts';
import { authFetch } from '../session/session.ts';
import {
  exportErrorMessage,
  exportFileName,
  fileNameFromContentDisposition,
  readBodyWithProgress,
  type ExportFormat,
} from './export.ts';

export type ExportButtonProps = {
  /** What is exported (项目信息), for the messages and the file name when the server sends none. */
  subject: string;
  /** The export of the list's current search (not of unsaved form fields) in a format. */
  path: (format: ExportFormat) => string;
  /** The button's label (保单台帐: 批量导出). */
  label?: string;
};

/** Saves a blob under a name, through a temporary object URL. */
function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportButton({ subject, path, label = '导出' }: ExportButtonProps) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const key = 'list-export';

  const run = async (format: ExportFormat) => {
    setBusy(true);
    message.open({ key, type: 'loading', content: '正在导出…', duration: 0 });
    try {
      const response = await authFetch(path(format));
      if (!response.ok) {
        message.open({
          key,
          type: 'error',
          content: exportErrorMessage(response.status, await response.text(), subject),
        });
        return;
      }
      const blob = await readBodyWithProgress(response, (received, total) => {
        const content = total
          ? `正在导出… ${Math.floor((received / total) * 100)}%`
          : `正在导出… 已接收 ${formatSize(received)}`;
        message.open({ key, type: 'loading', content, duration: 0 });
      });
      const name = fileNameFromContentDisposition(
        response.headers.get('content-disposition'),
        exportFileName(subject, format),
      );
      saveBlob(blob, name);
      message.open({ key, type: 'success', content: `导出完成：${name}` });
    } catch {
      message.open({ key, type: 'error', content: '导出失败：无法连接服务器，请稍后重试' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dropdown
      disabled={busy}
      menu={{
        items: [
          { key: 'xlsx', label: '导出 Excel（XLSX）' },
          { key: 'csv', label: '导出 CSV' },
        ],
        onClick: ({ key: format }) => void run(format as ExportFormat),
      }}
    >
      <Button icon={<ExportOutlined />} loading={busy}>
        {label} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
