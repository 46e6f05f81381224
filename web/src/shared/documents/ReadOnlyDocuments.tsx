// 企业信息 详情 资料 as a regulator sees them: the enterprise's uploaded documents (营业执照, 资质文件, 法人身份证 …)
// read-only, with preview, 下载 per file and 资料下载 (one ZIP of all). The links are signed for a few minutes only, so
// they are fetched when the drawer opens and renewed while it stays open. (The enterprise's own upload/delete screen
// is Documents.tsx.)
import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Image, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { errorMessage } from '../graphql/errors.ts';
import { RegulatorDocumentsArchiveQuery, RegulatorEnterpriseDocumentsQuery } from './graphql.ts';
import type { RegulatorEnterpriseDocumentsQuery as DocumentsResult } from '../../gql/graphql.ts';
import { formatSize } from '../format.ts';
import { DATE_TIME } from '../labels.ts';

type EnterpriseDocument = NonNullable<DocumentsResult['organisation']>['documents'][number];

/** Renew the signed links a little before the server's default validity (DOCUMENT_URL_SECONDS = 300) ends. */
const LINK_RENEW_MS = 240_000;

/** Starts a same-origin download without leaving the page (a new window opened after an await is often blocked). */
function startDownload(url: string) {
  const a = document.createElement('a');
  a.href = url;
  a.rel = 'noopener';
  a.download = '';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

function DocumentPreview({ doc }: { doc: EnterpriseDocument }) {
  if (doc.thumbnailUrl) {
    return (
      <Image
        src={doc.thumbnailUrl}
        alt={doc.kindLabel}
        width={96}
        height={64}
        style={{ objectFit: 'cover' }}
        preview={{ src: doc.downloadUrl }}
      />
    );
  }
  return (
    <Typography.Link href={doc.downloadUrl} target="_blank" rel="noopener noreferrer" aria-label="PDF 预览">
      <FilePdfOutlined style={{ fontSize: 28 }} />
    </Typography.Link>
  );
}

export function RegulatorEnterpriseDocuments({
  organisationId,
  organisationName,
}: {
  organisationId: string;
  organisationName: string;
}) {
  const client = useClient();
  const { message } = App.useApp();
  const [archiving, setArchiving] = useState(false);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RegulatorEnterpriseDocumentsQuery,
    variables: { id: organisationId },
    requestPolicy: 'network-only',
  });

  useEffect(() => {
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), LINK_RENEW_MS);
    return () => clearInterval(timer);
  }, [refetch]);

  const documents = data?.organisation?.documents ?? [];

  const downloadArchive = async () => {
    setArchiving(true);
    try {
      const result = await client
        .query(
          RegulatorDocumentsArchiveQuery,
          { ids: documents.map((d) => d.id), name: `${organisationName}-资料` },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (result.data) startDownload(result.data.documentsArchiveUrl);
      else message.error(errorMessage(result.error) || '资料下载失败，请稍后重试');
    } finally {
      setArchiving(false);
    }
  };

  const columns: TableColumnsType<EnterpriseDocument> = [
    { title: '资料类别', dataIndex: 'kindLabel', key: 'kind', width: 150 },
    { title: '预览', key: 'preview', width: 120, render: (_, doc) => <DocumentPreview doc={doc} /> },
    {
      title: '文件名',
      key: 'fileName',
      render: (_, doc) => (
        <Typography.Text ellipsis={{ tooltip: doc.fileName }} style={{ maxWidth: 220 }}>
          {doc.fileName}
        </Typography.Text>
      ),
    },
    { title: '大小', dataIndex: 'size', key: 'size', width: 90, render: (v: number) => formatSize(v) },
    {
      title: '上传时间',
      dataIndex: 'uploadedAt',
      key: 'uploadedAt',
      width: 170,
      render: (v: string) => dayjs(v).format(DATE_TIME),
    },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      render: (_, doc) => (
        <Typography.Link href={doc.downloadUrl} download={doc.fileName}>
          下载
        </Typography.Link>
      ),
    },
  ];

  return (
    <section aria-label="企业资料">
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          企业资料
        </Typography.Title>
        <Button
          icon={<DownloadOutlined />}
          loading={archiving}
          disabled={!documents.length}
          onClick={() => void downloadArchive()}
        >
          资料下载
        </Button>
      </Flex>
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />}
      <Table<EnterpriseDocument>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={documents}
        loading={fetching && !data}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '暂无资料' }}
      />
    </section>
  );
}
