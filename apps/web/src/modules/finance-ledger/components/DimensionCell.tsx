import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DepartmentTreeSelect, UserSelect } from '../../org/index.ts';
import type { Account, DimensionKey, VoucherDetail } from '../api.ts';
import type { EditLine } from '../voucher-lines.ts';
import { PartnerSelect } from './PartnerSelect.tsx';
import { ProjectSelect } from './ProjectSelect.tsx';

interface EditProps {
  line: EditLine;
  index: number;
  account: Account | undefined;
  onChange: (patch: Partial<EditLine>) => void;
  /** Highlight empty required pickers after a failed save. */
  showMissing: boolean;
}

// 存货 (item) is filled by the inventory documents, never typed on a manual voucher.
const editable: DimensionKey[] = ['partner', 'department', 'employee', 'project'];

/** 辅助核算 inputs of one line: only the dimensions its account requires. */
export function DimensionInputs({ line, index, account, onChange, showMissing }: EditProps) {
  const { t } = useTranslation();
  const wanted = (account?.dimensions ?? []).filter((d) => editable.includes(d));
  if (wanted.length === 0) return null;
  const label = (d: DimensionKey) => t(`financeLedger.dimensions.${d}`);
  const status = (filled: unknown) => (showMissing && !filled ? 'error' as const : undefined);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      {wanted.map((d) => (
        <div key={d} data-grid-cell>
          {d === 'partner' ? (
            <PartnerSelect value={line.partnerId} initialLabel={line.partnerName} placeholder={label(d)} status={status(line.partnerId)}
              onChange={(partnerId, partnerName) => onChange({ partnerId, partnerName })} testId={`voucher-line-${index}-partner`} />
          ) : null}
          {d === 'department' ? (
            <DepartmentTreeSelect value={line.departmentId} placeholder={label(d)} testId={`voucher-line-${index}-department`}
              onChange={(v) => onChange({ departmentId: typeof v === 'string' ? v : null })} />
          ) : null}
          {d === 'employee' ? (
            <UserSelect value={line.employeeId} initialLabel={line.employeeName} placeholder={label(d)} testId={`voucher-line-${index}-employee`}
              onChange={(employeeId) => onChange({ employeeId })} />
          ) : null}
          {d === 'project' ? (
            <ProjectSelect value={line.projectId} placeholder={label(d)} status={status(line.projectId)}
              onChange={(projectId) => onChange({ projectId })} testId={`voucher-line-${index}-project`} />
          ) : null}
        </div>
      ))}
    </div>
  );
}

type Line = VoucherDetail['lines'][number];

/** The dimensions of a saved line as text (read-only voucher, print). */
export function DimensionText({ line }: { line: Line }) {
  const { t } = useTranslation();
  const parts: Array<[DimensionKey, string | null]> = [
    ['partner', line.partnerName], ['department', line.departmentName], ['employee', line.employeeName], ['project', line.projectName],
  ];
  const shown = parts.filter(([, name]) => name);
  if (shown.length === 0) return null;
  return (
    <div data-testid="voucher-line-dimensions">
      {shown.map(([key, name]) => (
        <div key={key}><Typography.Text type="secondary">{t(`financeLedger.dimensions.${key}`)}：</Typography.Text>{name}</div>
      ))}
    </div>
  );
}
