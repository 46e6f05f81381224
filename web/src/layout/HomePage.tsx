import { Card, Result } from 'antd';
import { Navigate } from 'react-router';
import { useViewer } from '../shared/session/AuthContext.tsx';
import { FEATURES } from '../features/index.ts';
import { firstPath, menuFor } from './menus.ts';

/** The landing page is the first menu entry that exists for the viewer's roles. */
export function HomePage() {
  const viewer = useViewer();
  const path = firstPath(menuFor(FEATURES, viewer.roles));
  if (path) return <Navigate to={path} replace />;
  return (
    <Card>
      <Result
        status="info"
        title="欢迎使用安责险信息管理系统"
        subTitle="您所属角色的功能正在建设中，敬请期待。"
      />
    </Card>
  );
}
