// 《用户协议》 of 在线填报 (the manual's 附件 1): the agreement with the enterprise's registered details, the project, the
// chosen insurer, broker and plan filled in, to print (Ctrl+P or 打印), stamp, scan page by page into one PDF and
// upload as 用户协议. A dialog over the form rather than a tab of its own: the session lives in this tab only, and the
// form's unsaved choices stay where they are.
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Skeleton, Space, Typography } from 'antd';
import { useQuery } from 'urql';
import { MyOrganisation } from '../enterprise/graphql.ts';
import { groupThousands } from '../../shared/format.ts';

export type AgreementParties = {
  project: { name: string; code: string; investmentWan: string; ownerUnit: string };
  insurerName: string | null;
  brokerName: string | null;
  plan: { name: string; label: string } | null;
};

// Printing shows the agreement alone, from the top of the first page: the app (#root) is left out, and the dialog that
// holds the agreement is laid out as plain flowing content (no fixed wrapper, offset or shadow) so it paginates.
const PRINT_STYLE = `
@media print {
  #root, .ant-modal-mask { display: none !important; }
  body * { visibility: hidden !important; }
  .anze-agreement, .anze-agreement * { visibility: visible !important; }
  .ant-modal-wrap, .ant-modal, .ant-modal-container, .ant-modal-content, .ant-modal-body {
    position: static !important; inset: auto !important; top: 0 !important; margin: 0 !important;
    padding: 0 !important; width: auto !important; max-width: none !important; transform: none !important;
    box-shadow: none !important; overflow: visible !important;
  }
  .anze-agreement { padding: 0 24px; }
}`;

/** A blank to fill in by hand where the form has no choice yet. */
const blank = (value: string | null | undefined) => value || '＿＿＿＿＿＿＿＿＿＿';

function AgreementText({ parties }: { parties: AgreementParties }) {
  const [{ data, fetching }] = useQuery({ query: MyOrganisation });
  const org = data?.myOrganisation;
  if (fetching && !org) return <Skeleton active />;
  const { project, insurerName, brokerName, plan } = parties;
  const p = { style: { textIndent: '2em', lineHeight: 1.9 } } as const;
  return (
    <div className="anze-agreement" style={{ fontSize: 14 }}>
      <Typography.Title level={4} style={{ textAlign: 'center' }}>
        建筑施工安全生产责任保险投保用户协议
      </Typography.Title>
      <Typography.Paragraph>
        投保人（甲方）：{blank(org?.name)}
        <br />
        统一社会信用代码：{blank(org?.uscc)}
        <br />
        法定代表人：{blank(org?.legalRepresentative)}
        <br />
        工商注册地址：{blank(org?.registeredAddress)}
        <br />
        联系人：{blank(org?.contactName)}
      </Typography.Paragraph>
      <Typography.Paragraph>
        保险机构（乙方）：{blank(insurerName)}
        <br />
        经纪公司：{brokerName ?? '无'}
      </Typography.Paragraph>
      <Typography.Paragraph>
        投保项目：{project.name}
        <br />
        项目代码：{project.code}
        <br />
        建设单位：{project.ownerUnit}
        <br />
        投资规模：{groupThousands(project.investmentWan)} 万元
        <br />
        投保方案：{plan ? `${plan.name}（${plan.label}）` : blank(null)}
      </Typography.Paragraph>
      <Typography.Paragraph {...p}>
        一、甲方自愿通过安责险信息管理系统为上述项目投保建筑施工安全生产责任保险，并授权乙方
        {brokerName && '及经纪公司'}
        查阅、下载甲方在本系统填报的投保信息和上传的资料，用于复审、出单、理赔和事故预防服务。
      </Typography.Paragraph>
      <Typography.Paragraph {...p}>
        二、甲方保证所填报的信息和上传的营业执照、项目合同或中标通知、法定代表人身份证、安全生产许可证、施工企业资质等资料真实、准确、完整，并对其真实性负责。
      </Typography.Paragraph>
      <Typography.Paragraph {...p}>
        三、保险费按所选方案、项目工程造价及上一年度事故情况确定的浮动比例计算，以乙方复审确定并出具的保单为准。保险期间内不得退保，保险期间届满项目未竣工的，应及时续保或办理顺延。
      </Typography.Paragraph>
      <Typography.Paragraph {...p}>
        四、乙方应按规定安排事故预防费用，为本项目提供事故预防服务；甲方应配合开展安全生产宣传教育培训、隐患排查等服务，并对发现的事故隐患及时整改。
      </Typography.Paragraph>
      <Typography.Paragraph {...p}>
        五、本系统依照《中华人民共和国个人信息保护法》处理联系人、法定代表人的个人信息，仅用于投保、理赔和事故预防服务；联系电话在列表中脱敏显示，查看完整信息留有记录。
      </Typography.Paragraph>
      <Typography.Paragraph {...p}>
        六、本协议经甲方盖章后扫描上传，与电子投保单一并生效；本协议未尽事宜，以保险合同及有关规定为准。
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginTop: 48, lineHeight: 2.4 }}>
        甲方（盖章）：
        <br />
        法定代表人或委托代理人（签字）：
        <br />
        日期：　　　　年　　月　　日
      </Typography.Paragraph>
    </div>
  );
}

export function AgreementDialog({
  open,
  onClose,
  parties,
}: {
  open: boolean;
  onClose: () => void;
  parties: AgreementParties;
}) {
  return (
    <Modal
      title="用户协议"
      open={open}
      width={860}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>关闭</Button>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            打印
          </Button>
        </Space>
      }
    >
      <style>{PRINT_STYLE}</style>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="打印（快捷键 Ctrl+P）本协议，审核单位信息后盖章；逐页扫描（如用“扫描全能王”连续拍摄）生成一个 PDF 文件，在“用户协议”处上传。"
      />
      <AgreementText parties={parties} />
    </Modal>
  );
}
