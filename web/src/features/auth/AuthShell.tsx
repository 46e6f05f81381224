// The frame of the pages shown without a session: 登录, 注册, 修改密码 (forced).
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

export function AuthShell({ title, width, children }: { title: string; width: number; children: ReactNode }) {
  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', background: '#f0f2f5', padding: '48px 16px' }}>
      <Flex align="center" gap={12} style={{ marginBottom: 8 }}>
        <SafetyCertificateOutlined style={{ fontSize: 32, color: '#1677ff' }} />
        <Typography.Title level={2} style={{ margin: 0 }}>
          安责险信息管理系统
        </Typography.Title>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
        建筑施工安全生产责任保险信息平台
      </Typography.Paragraph>
      <Card title={title} style={{ width: '100%', maxWidth: width }}>
        {children}
      </Card>
    </Flex>
  );
}
