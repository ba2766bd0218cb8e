import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../types.ts';

/** The live path of a request once approved: 已批准 → 已下单 → 部分到货 → 已到货 → 已开票 → 已付款. */
export const requestMilestones = ['approved', 'ordered', 'partlyReceived', 'received', 'billed', 'paid'] as const;

/** Index of the milestone reached; -1 before approval (draft, in approval, rejected, cancelled). */
export function milestoneIndex(status: RequestStatus): number {
  return (requestMilestones as readonly string[]).indexOf(status);
}

export function RequestSteps({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  const reached = milestoneIndex(status);
  const stopped = status === 'rejected' || status === 'cancelled';
  return (
    <Steps
      size="small"
      current={Math.max(reached, 0)}
      status={stopped ? 'error' : reached < 0 ? 'wait' : reached === requestMilestones.length - 1 ? 'finish' : 'process'}
      data-testid="request-steps"
      data-status={status}
      items={requestMilestones.map((m, i) => ({
        title: t(`procurement.requests.steps.${m}`),
        status: reached < 0 ? 'wait' : i < reached || (i === reached && i === requestMilestones.length - 1) ? 'finish' : i === reached ? 'process' : 'wait',
      }))}
    />
  );
}
