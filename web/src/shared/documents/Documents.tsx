// An organisation's documents (营业执照, 资质文件, 法人身份证 …) with their previews, wherever documents are uploaded or
// looked at: the viewer's own, by kind, with 上传 and 删除 (企业信息); or another organisation's, read-only, with 下载
// and 资料下载 as one ZIP (the regulator's 企业详情). Uploads are plain multipart POSTs to /files with the bearer token
// (files.ts); listing, deleting and the ZIP link are GraphQL. Previews and downloads use signed links that expire
// (DOCUMENT_URL_SECONDS, 300 s by default), hence the periodic re-fetch while the documents are shown.
import { DeleteOutlined, DownloadOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Image, Popconfirm, Space, Table, Typography, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useClient, useMutation, useQuery, type OperationContext } from 'urql';
import type { DocumentFieldsFragment as Document, DocumentKind } from '../../gql/graphql.ts';
import { DetailDescriptions, DetailSection } from '../detail/Detail.tsx';
import { dateTimeText, formatSize } from '../format.ts';
import { errorMessage } from '../graphql/errors.ts';
import { checkUploadFile, UPLOAD_ACCEPT, uploadFile } from './files.ts';
import {
  DeleteDocument,
  DocumentsQuery,
  RegulatorDocumentsArchiveQuery,
  RegulatorEnterpriseDocumentsQuery,
} from './graphql.ts';

/** A kind of document and the manual's name for it. */
export type DocumentKindLabel = { kind: DocumentKind; label: string };

/** Renew the signed links a little before the server's default validity (300 s) ends. */
const RENEW_LINKS_MS = 240_000;

function useRenewedLinks(refetch: (opts?: Partial<OperationContext>) => void) {
  useEffect(() => {
    const timer = window.setInterval(() => refetch({ requestPolicy: 'network-only' }), RENEW_LINKS_MS);
    return () => window.clearInterval(timer);
  }, [refetch]);
}

/**
 * The thumbnail of an image (opening the full image), or a link that opens the PDF in a new tab. `compact` for a
 * table row.
 */
function DocumentPreview({ doc, compact = false }: { doc: Document; compact?: boolean }) {
  const [width, height] = compact ? [96, 64] : [128, 96];
  if (doc.thumbnailUrl) {
    return (
      <Image
        width={width}
        height={height}
        style={{ objectFit: 'cover' }}
        src={doc.thumbnailUrl}
        alt={doc.fileName}
        preview={{ src: doc.downloadUrl }}
      />
    );
  }
  if (compact) {
    return (
      <Typography.Link href={doc.downloadUrl} target="_blank" rel="noopener noreferrer" aria-label="PDF 预览">
        <FilePdfOutlined style={{ fontSize: 28 }} />
      </Typography.Link>
    );
  }
  return (
    <a href={doc.downloadUrl} target="_blank" rel="noreferrer" title="文件查看">
      <Flex
        vertical
        align="center"
        justify="center"
        style={{ width, height, border: '1px solid #f0f0f0', borderRadius: 6 }}
      >
        <FilePdfOutlined style={{ fontSize: 36, color: '#cf1322' }} />
        <span>文件查看</span>
      </Flex>
    </a>
  );
}

/** One uploaded document of the viewer's organisation: preview, name, size and time, 删除. */
function DocumentCard({ doc, onDelete }: { doc: Document; onDelete: (doc: Document) => Promise<void> }) {
  return (
    <Space orientation="vertical" size={4} style={{ width: 140 }}>
      <DocumentPreview doc={doc} />
      <Typography.Text ellipsis={{ tooltip: doc.fileName }} style={{ width: 128 }}>
        {doc.fileName}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatSize(doc.size)} · {dateTimeText(doc.uploadedAt)}
      </Typography.Text>
      <Popconfirm
        title={`确定删除“${doc.fileName}”？`}
        okText="确定"
        cancelText="取消"
        okButtonProps={{ danger: true }}
        onConfirm={() => onDelete(doc)}
      >
        <Button size="small" danger icon={<DeleteOutlined />}>
          删除
        </Button>
      </Popconfirm>
    </Space>
  );
}

function DocumentUpload({
  kind,
  label,
  onUploaded,
}: {
  kind: DocumentKind;
  label: string;
  onUploaded: () => void;
}) {
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Space orientation="vertical" size={4}>
      <Upload
        accept={UPLOAD_ACCEPT}
        showUploadList={false}
        disabled={uploading}
        beforeUpload={(file) => {
          const problem = checkUploadFile(file);
          setError(problem);
          return problem ? Upload.LIST_IGNORE : true;
        }}
        customRequest={({ file, onSuccess, onError }) => {
          setUploading(true);
          setError(null);
          const blob = file as File;
          uploadFile(kind, blob, blob.name)
            .then((uploaded) => {
              message.success(`${label}已上传`);
              onSuccess?.(uploaded);
              onUploaded();
            })
            .catch((e: unknown) => {
              const text = e instanceof Error ? e.message : '上传失败';
              setError(text);
              onError?.(e instanceof Error ? e : new Error(text));
            })
            .finally(() => setUploading(false));
        }}
      >
        <Button icon={<UploadOutlined />} loading={uploading} aria-label={`上传${label}`}>
          上传
        </Button>
      </Upload>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        支持 PDF、JPG、PNG、WebP 格式，单个文件不超过20MB
      </Typography.Text>
      {error && <Alert type="error" showIcon title={error} />}
    </Space>
  );
}

/** The viewer's own organisation's documents, one row per kind: what is uploaded, 上传 and 删除. */
function OwnDocuments({ kinds }: { kinds: readonly DocumentKindLabel[] }) {
  const { message } = App.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: DocumentsQuery,
    variables: { kinds: kinds.map((k) => k.kind) },
  });
  const [, remove] = useMutation(DeleteDocument);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  useRenewedLinks(refetch);

  const onDelete = async (doc: Document) => {
    const result = await remove({ id: doc.id });
    if (result.data?.deleteDocument) {
      message.success('已删除');
      reload();
    } else message.error(errorMessage(result.error) || '删除失败');
  };

  const documents = data?.documents ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      <DetailDescriptions
        labelWidth={180}
        items={kinds.map(({ kind, label }) => {
          const ofKind = documents.filter((d) => d.kind === kind);
          return [
            label,
            <Flex key={kind} wrap gap={16} align="start">
              {ofKind.map((doc) => (
                <DocumentCard key={doc.id} doc={doc} onDelete={onDelete} />
              ))}
              {!ofKind.length && !fetching && <Typography.Text type="secondary">未上传</Typography.Text>}
              <DocumentUpload kind={kind} label={label} onUploaded={reload} />
            </Flex>,
          ];
        })}
      />
    </Space>
  );
}

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

/** Another organisation's documents, read-only: preview, 下载 per file and 资料下载 (one ZIP of all). */
function OrganisationDocuments({ organisation }: { organisation: { id: string; name: string } }) {
  const client = useClient();
  const { message } = App.useApp();
  const [archiving, setArchiving] = useState(false);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RegulatorEnterpriseDocumentsQuery,
    variables: { id: organisation.id },
    requestPolicy: 'network-only',
  });
  useRenewedLinks(refetch);

  const documents = data?.organisation?.documents ?? [];

  const downloadArchive = async () => {
    setArchiving(true);
    try {
      const result = await client
        .query(
          RegulatorDocumentsArchiveQuery,
          { ids: documents.map((d) => d.id), name: `${organisation.name}-资料` },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (result.data) startDownload(result.data.documentsArchiveUrl);
      else message.error(errorMessage(result.error) || '资料下载失败，请稍后重试');
    } finally {
      setArchiving(false);
    }
  };

  const columns: TableColumnsType<Document> = [
    { title: '资料类别', dataIndex: 'kindLabel', key: 'kind', width: 150 },
    { title: '预览', key: 'preview', width: 120, render: (_, doc) => <DocumentPreview doc={doc} compact /> },
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
      render: (v: string) => dateTimeText(v),
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
    <DetailSection
      title="企业资料"
      extra={
        <Button
          icon={<DownloadOutlined />}
          loading={archiving}
          disabled={!documents.length}
          onClick={() => void downloadArchive()}
        >
          资料下载
        </Button>
      }
    >
      {error && <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />}
      <Table<Document>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={documents}
        loading={fetching && !data}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '暂无资料' }}
      />
    </DetailSection>
  );
}

/**
 * Documents with their previews: `kinds`: the viewer's own organisation's, by kind, with 上传 and 删除;
 * `organisation`: that organisation's, read-only, with 下载 and 资料下载.
 */
export function Documents(
  props: { kinds: readonly DocumentKindLabel[] } | { organisation: { id: string; name: string } },
) {
  return 'kinds' in props ? (
    <OwnDocuments kinds={props.kinds} />
  ) : (
    // A new organisation starts afresh (its own query, no ZIP in progress).
    <OrganisationDocuments key={props.organisation.id} organisation={props.organisation} />
  );
}
