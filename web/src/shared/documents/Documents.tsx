// An organisation's documents (营业执照, 资质文件, 法人身份证 …) with their previews, wherever documents are uploaded or
// looked at: the viewer's own, by kind, with 上传 and 删除 (企业信息); or another organisation's, read-only, with 下载
// and 资料下载 as one ZIP (the regulator's 企业详情). Uploads are plain multipart POSTs to /files with the bearer token
// (files.ts); listing, deleting and the ZIP link are GraphQL. Previews and downloads use signed links that expire
// (DOCUMENT_URL_SECONDS, 300 s by default), hence the periodic re-fetch while the documents are shown.
import { DeleteOutlined, DownloadOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Image, Popconfirm, Select, Space, Table, Typography, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useClient, useMutation, useQuery, type OperationContext } from 'urql';
import type { DocumentFieldsFragment as Document, DocumentKind } from '../../gql/graphql.ts';
import { DetailDescriptions, DetailSection } from '../detail/Detail.tsx';
import { dateTimeText, formatSize } from '../format.ts';
import { errorMessage } from '../graphql/errors.ts';
import { checkUploadFile, UPLOAD_ACCEPT, uploadFile, type UploadedFile } from './files.ts';
import {
  DeleteDocument,
  DocumentsQuery,
  RegulatorDocumentsArchiveQuery,
  RegulatorEnterpriseDocumentsQuery,
} from './graphql.ts';

/** What a preview and a download need of a document (records that refer to documents select just these). */
export type DocumentView = Pick<
  Document,
  'id' | 'fileName' | 'size' | 'contentType' | 'uploadedAt' | 'downloadUrl' | 'thumbnailUrl'
>;

/** A kind of document and the manual's name for it. */
export type DocumentKindLabel = { kind: DocumentKind; label: string };

/** Renew the signed links a little before the server's default validity (300 s) ends. */
const RENEW_LINKS_MS = 240_000;

export function useRenewedLinks(refetch: (opts?: Partial<OperationContext>) => void) {
  useEffect(() => {
    const timer = window.setInterval(() => refetch({ requestPolicy: 'network-only' }), RENEW_LINKS_MS);
    return () => window.clearInterval(timer);
  }, [refetch]);
}

/**
 * The thumbnail of an image (opening the full image), or a link that opens the PDF in a new tab. `compact` for a
 * table row.
 */
export function DocumentPreview({ doc, compact = false }: { doc: DocumentView; compact?: boolean }) {
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

/** A document's preview, name, size and upload time, and what may be done with it (`children`). */
function DocumentTile({ doc, children }: { doc: DocumentView; children?: ReactNode }) {
  return (
    <Space orientation="vertical" size={4} style={{ width: 140 }}>
      <DocumentPreview doc={doc} />
      <Typography.Text ellipsis={{ tooltip: doc.fileName }} style={{ width: 128 }}>
        {doc.fileName}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatSize(doc.size)} · {dateTimeText(doc.uploadedAt)}
      </Typography.Text>
      {children}
    </Space>
  );
}

/** One uploaded document of the viewer's organisation: preview, name, size and time, 删除. */
function DocumentCard({ doc, onDelete }: { doc: Document; onDelete: (doc: Document) => Promise<void> }) {
  return (
    <DocumentTile doc={doc}>
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
    </DocumentTile>
  );
}

function DocumentUpload({
  kind,
  label,
  pdfOnly = false,
  onUploaded,
}: {
  kind: DocumentKind;
  label: string;
  /** Only a PDF (a scanned, stamped agreement; a policy). */
  pdfOnly?: boolean;
  onUploaded: (file: UploadedFile) => void;
}) {
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Space orientation="vertical" size={4}>
      <Upload
        accept={pdfOnly ? '.pdf' : UPLOAD_ACCEPT}
        showUploadList={false}
        disabled={uploading}
        beforeUpload={(file) => {
          const problem = checkUploadFile(file, pdfOnly);
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
              onUploaded(uploaded);
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
        {pdfOnly ? '仅支持 PDF 格式' : '支持 PDF、JPG、PNG、WebP 格式'}，单个文件不超过20MB
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
              <DocumentUpload kind={kind} label={label} onUploaded={() => reload()} />
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

/** 资料下载: a ZIP of these documents under a name, through a short-lived signed link. */
function ArchiveButton({ documents, name }: { documents: readonly DocumentView[]; name: string }) {
  const client = useClient();
  const { message } = App.useApp();
  const [archiving, setArchiving] = useState(false);

  const downloadArchive = async () => {
    setArchiving(true);
    try {
      const result = await client
        .query(
          RegulatorDocumentsArchiveQuery,
          { ids: documents.map((d) => d.id), name },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (result.data) startDownload(result.data.documentsArchiveUrl);
      else message.error(errorMessage(result.error) || '资料下载失败，请稍后重试');
    } finally {
      setArchiving(false);
    }
  };

  return (
    <Button
      icon={<DownloadOutlined />}
      loading={archiving}
      disabled={!documents.length}
      onClick={() => void downloadArchive()}
    >
      资料下载
    </Button>
  );
}

/** Another organisation's documents, read-only: preview, 下载 per file and 资料下载 (one ZIP of all). */
function OrganisationDocuments({ organisation }: { organisation: { id: string; name: string } }) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RegulatorEnterpriseDocumentsQuery,
    variables: { id: organisation.id },
    requestPolicy: 'network-only',
  });
  useRenewedLinks(refetch);

  const documents = data?.organisation?.documents ?? [];

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
      extra={<ArchiveButton documents={documents} name={`${organisation.name}-资料`} />}
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
 * A form control holding one document's id (a slot of a form: 营业执照, 用户协议, 保单文件): the chosen document's
 * preview, 上传 of a new one, and the choice among the organisation's documents of that kind already uploaded (企业信息),
 * so the same licence is not uploaded again for every application.
 */
export function DocumentPicker({
  kind,
  label,
  pdfOnly = false,
  choices = [],
  known = [],
  value,
  onChange,
  onUploaded,
}: {
  kind: DocumentKind;
  label: string;
  pdfOnly?: boolean;
  /** The organisation's own documents of this kind, newest first (offered for reuse). */
  choices?: readonly Document[];
  /** Documents the form already refers to (the saved application's), to show the current value. */
  known?: readonly DocumentView[];
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** After an upload (refresh the choices). */
  onUploaded?: () => void;
}) {
  const [uploaded, setUploaded] = useState<UploadedFile | null>(null);
  const usable = choices.filter((d) => !pdfOnly || d.contentType === 'application/pdf');
  const current = value ? ([...usable, ...known].find((d) => d.id === value) ?? null) : null;
  return (
    <Flex wrap gap={16} align="start">
      {current ? (
        <DocumentTile doc={current} />
      ) : value && uploaded?.id === value ? (
        <Typography.Text>{uploaded.fileName}</Typography.Text>
      ) : (
        <Typography.Text type="secondary">未上传</Typography.Text>
      )}
      <Space orientation="vertical" size={8}>
        <DocumentUpload
          kind={kind}
          label={label}
          pdfOnly={pdfOnly}
          onUploaded={(file) => {
            setUploaded(file);
            onChange?.(file.id);
            onUploaded?.();
          }}
        />
        {usable.length > 0 && (
          <Select<string>
            aria-label={`选择已上传的${label}`}
            placeholder="或选择企业信息中已上传的文件"
            style={{ width: 300 }}
            value={usable.some((d) => d.id === value) ? value : null}
            onChange={(id) => onChange?.(id)}
            options={usable.map((d) => ({
              value: d.id,
              label: `${d.fileName}（${dateTimeText(d.uploadedAt, 'YYYY-MM-DD')}）`,
            }))}
          />
        )}
        {value && (
          <Button size="small" onClick={() => onChange?.(null)}>
            清除
          </Button>
        )}
      </Space>
    </Flex>
  );
}

/**
 * Documents of a record by the form's labels (an application's 营业执照 … 用户协议, a policy's 保单文件 and 协议文件),
 * read-only: 文件查看 (preview) and 下载 per file, 未上传 where there is none, and 资料下载 of all as one ZIP.
 */
export function LabelledDocuments({
  title,
  items,
  archiveName,
}: {
  title: string;
  items: readonly (readonly [label: string, doc: DocumentView | null | undefined])[];
  /** The ZIP's name (资料下载); none: no 资料下载. */
  archiveName?: string;
}) {
  const documents = items.flatMap(([, doc]) => (doc ? [doc] : []));
  return (
    <DetailSection
      title={title}
      extra={archiveName && <ArchiveButton documents={documents} name={archiveName} />}
    >
      <DetailDescriptions
        labelWidth={160}
        column={{ xs: 1, lg: 2 }}
        items={items.map(([label, doc]) => [
          label,
          doc ? (
            <Flex key={label} gap={12} align="center">
              <DocumentPreview doc={doc} compact />
              <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
                <Typography.Text ellipsis={{ tooltip: doc.fileName }} style={{ maxWidth: 220 }}>
                  {doc.fileName}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatSize(doc.size)} · {dateTimeText(doc.uploadedAt)}
                </Typography.Text>
                <Space size={12}>
                  <Typography.Link href={doc.downloadUrl} target="_blank" rel="noopener noreferrer">
                    文件查看
                  </Typography.Link>
                  <Typography.Link href={doc.downloadUrl} download={doc.fileName}>
                    下载
                  </Typography.Link>
                </Space>
              </Space>
            </Flex>
          ) : (
            <Typography.Text key={label} type="secondary">
              未上传
            </Typography.Text>
          ),
        ])}
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
