import { LogoutOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Menu, Space, Spin, Tag, Tooltip, Typography, type MenuProps } from 'antd';
import { Suspense, useMemo } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth, useViewer } from '../shared/session/AuthContext.tsx';
import { AUTH_PATHS } from '../features/auth/routes.ts';
import { FEATURES } from '../features/index.ts';
import { ROLE_LABELS } from '../shared/labels.ts';
import { menuFor, type MenuNode } from './menus.ts';

type MenuItem = Required<MenuProps>['items'][number];

function toItems(nodes: readonly MenuNode[]): MenuItem[] {
  return nodes.map((node): MenuItem => {
    const icon = node.icon && <node.icon />;
    if (node.children) return { key: node.key, icon, label: node.label, children: toItems(node.children) };
    if (node.path) return { key: node.path, icon, label: node.label };
    // The tooltip's target covers the whole item (the item is position: relative), not only its text: a disabled
    // entry explains itself wherever the pointer is on it.
    return {
      key: node.key,
      icon,
      disabled: true,
      label: (
        <>
          {node.label}
          <Tooltip title="功能建设中" placement="right">
            <span data-planned="" style={{ position: 'absolute', inset: 0 }} />
          </Tooltip>
        </>
      ),
    };
  });
}

function groupKeys(nodes: readonly MenuNode[]): string[] {
  return nodes.filter((n) => n.children).map((n) => n.key);
}

export function AppLayout() {
  const viewer = useViewer();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const nodes = useMemo(() => menuFor(FEATURES, viewer.roles), [viewer.roles]);
  const items = useMemo(() => toItems(nodes), [nodes]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={224} theme="dark" breakpoint="lg" collapsedWidth={0}>
        <Flex align="center" gap={8} style={{ height: 64, padding: '0 20px', color: '#fff' }}>
          <SafetyCertificateOutlined style={{ fontSize: 22 }} />
          <Typography.Text strong style={{ color: '#fff', fontSize: 15 }}>
            安责险信息管理系统
          </Typography.Text>
        </Flex>
        <Menu
          theme="dark"
          mode="inline"
          items={items}
          selectedKeys={[location.pathname]}
          defaultOpenKeys={groupKeys(nodes)}
          onClick={({ key }) => {
            if (key.startsWith('/')) void navigate(key);
          }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 24px',
            borderBottom: '1px solid #f0f0f0',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
          }}
        >
          <Typography.Text strong style={{ fontSize: 16 }}>
            {viewer.organisation?.name ?? '安责险信息管理系统'}
          </Typography.Text>
          <Space size="middle">
            <Space size={4}>
              <UserOutlined />
              <span>{viewer.user?.displayName ?? viewer.user?.username ?? ''}</span>
            </Space>
            {viewer.roles.map((r) => (
              <Tag key={r} color="blue">
                {ROLE_LABELS[r]}
              </Tag>
            ))}
            <Link to={AUTH_PATHS.changePassword}>修改密码</Link>
            <Button icon={<LogoutOutlined />} onClick={() => void signOut('user')}>
              退出登录
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          {/* Pages load on first use: the menu and header stay while one arrives. */}
          <Suspense
            fallback={
              <Flex justify="center" style={{ padding: 48 }}>
                <Spin />
              </Flex>
            }
          >
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
