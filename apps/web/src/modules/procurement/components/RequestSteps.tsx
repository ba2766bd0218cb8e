import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../types.ts';

/** The live path of a request once approved: 已批准 → 已下单 → 部分到货 → 已到货 → 已开票 → 已付款. */
export const requestMilestones = ['approved', 'ordered', 'partlyReceived', 'received', 'billed', 'paid'] as const;

/** Index of the milestone reached; -1 before approval (draft, in approval, rejected, cancelled). */
export function milestoneIndex(status: RequestStatus): number {
  return (requestMilestones as readonly string[]).indexOf(status);
}

type StepStatus = 'wait' | 'process' | 'finish' | 'error';

/** The OA approval in front of the milestones: waiting, running, refused, or behind us. */
function approvalStep(status: RequestStatus): StepStatus {
  if (status === 'pendingApproval') return 'process';
  if (status === 'rejected' || status === 'cancelled') return 'error';
  return milestoneIndex(status) >= 0 ? 'finish' : 'wait';
}

export function RequestSteps({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  const reached = milestoneIndex(status);
  const last = requestMilestones.length - 1;
  const milestone = (i: number): StepStatus => (reached < 0 || i > reached ? 'wait' : i < reached || i === last ? 'finish' : 'process');
  return (
    <Steps
      size="small"
      current={reached + 1}
      data-testid="request-steps"
      data-status={status}
      items={[
        { title: t(`procurement.requests.steps.${approvalStep(status) === 'error' ? status : 'approval'}`), status: approvalStep(status) },
        ...requestMilestones.map((m, i) => ({ title: t(`procurement.requests.steps.${m}`), status: milestone(i) })),
      ]}
    />
  );
}
