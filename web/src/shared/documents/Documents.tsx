// 企业信息 资料: 营业执照, 资质文件, 法人身份证 人像面 / 国徽面 — what the enterprise uploaded, 上传 and 删除.
// Uploads are plain multipart POSTs to /files with the bearer token (files.ts); the list and deletion are
// GraphQL. Image previews come from the signed thumbnail / download links, which expire (DOCUMENT_URL_SECONDS,
// 300 s by default), hence the periodic re-fetch while the page is open.
import { DeleteOutlined, FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Flex, Image, Popconfirm, Space, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { DeleteDocument, DocumentsQuery } from './graphql.ts';
import { errorMessage } from '../graphql/errors.ts';
import { checkUploadFile, UPLOAD_ACCEPT, uploadFile } from './files.ts';
import type { DocumentFieldsFragment as Document, DocumentKind } from '../../gql/graphql.ts';
import { formatSize } from '../format.ts';
import { DATE_TIME } from '../labels.ts';

/** The kinds of 企业信息, in the manual's order. */
const PROFILE_KINDS: { kind: DocumentKind; label: string }[] = [
  { kind: 'BUSINESS_LICENSE', label: '营业执照' },
  { kind: 'QUALIFICATION', label: '资质文件' },
  { kind: 'LEGAL_REP_ID_PORTRAIT', label: '法人身份证人像面' },
  { kind: 'LEGAL_REP_ID_EMBLEM', label: '法人身份证国徽面' },
];
const KINDS = PROFILE_KINDS.map((k) => k.kind);
/** Re-sign the links a little before the default 300 s validity runs out. */
const RELINK_MS = 240_000;

function DocumentPreview({ doc, onDelete }: { doc: Document; onDelete: (doc: Document) => Promise<void> }) {
  return (
    <Space orientation="vertical" size={4} style={{ width: 140 }}>
      {doc.thumbnailUrl ? (
        <Image
          width={128}
          height={96}
          style={{ objectFit: 'cover' }}
          src={doc.thumbnailUrl}
          alt={doc.fileName}
          preview={{ src: doc.downloadUrl }}
        />
      ) : (
        <a href={doc.downloadUrl} target="_blank" rel="noreferrer" title="文件查看">
          <Flex
            vertical
            align="center"
            justify="center"
            style={{ width: 128, height: 96, border: '1px solid #f0f0f0', borderRadius: 6 }}
          >
            <FilePdfOutlined style={{ fontSize: 36, color: '#cf1322' }} />
            <span>文件查看</span>
          </Flex>
        </a>
      )}
      <Typography.Text ellipsis={{ tooltip: doc.fileName }} style={{ width: 128 }}>
        {doc.fileName}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatSize(doc.size)} · {dayjs(doc.uploadedAt).format(DATE_TIME)}
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

function DocumentKindUpload({
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

export function EnterpriseDocuments() {
  const { message } = App.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: DocumentsQuery,
    variables: { kinds: KINDS },
  });
  const [, remove] = useMutation(DeleteDocument);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  useEffect(() => {
    const timer = window.setInterval(() => refetch({ requestPolicy: 'network-only' }), RELINK_MS);
    return () => window.clearInterval(timer);
  }, [refetch]);

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
      <Descriptions
        bordered
        column={1}
        styles={{ label: { width: 180 } }}
        items={PROFILE_KINDS.map(({ kind, label }) => {
          const ofKind = documents.filter((d) => d.kind === kind);
          return {
            key: kind,
            label,
            children: (
              <Flex wrap gap={16} align="start">
                {ofKind.map((doc) => (
                  <DocumentPreview key={doc.id} doc={doc} onDelete={onDelete} />
                ))}
                {!ofKind.length && !fetching && <Typography.Text type="secondary">未上传</Typography.Text>}
                <DocumentKindUpload kind={kind} label={label} onUploaded={reload} />
              </Flex>
            ),
          };
        })}
      />
    </Space>
  );
}
