import { useTranslation } from 'react-i18next';
import type { LineProblem } from '../voucher-lines.ts';

/** The sentence shown for one thing that keeps a voucher from being saved. */
export function useProblemText(): (problem: LineProblem) => string {
  const { t } = useTranslation();
  return (problem) => {
    switch (problem.kind) {
      case 'dimension':
        return t('financeLedger.voucher.problems.dimension', { line: problem.line, dimension: t(`financeLedger.dimensions.${problem.dimension}`) });
      case 'account':
      case 'amount':
      case 'bothSides':
        return t(`financeLedger.voucher.problems.${problem.kind}`, { line: problem.line });
      default:
        return t(`financeLedger.voucher.problems.${problem.kind}`);
    }
  };
}
