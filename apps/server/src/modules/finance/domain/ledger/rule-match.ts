// Posting rules map a document line's role to an account. The most specific rule wins: an exact
// document type before the '*' default, then item category + partner, item category, partner, plain.

export interface RuleCandidate {
  documentType: string;
  role: string;
  itemCategory: string | null;
  partnerId: string | null;
  accountId: string;
}

export interface RuleQuery { documentType: string; role: string; itemCategory?: string | null; partnerId?: string | null }

function score(rule: RuleCandidate, q: RuleQuery): number {
  if (rule.role !== q.role) return -1;
  if (rule.documentType !== q.documentType && rule.documentType !== '*') return -1;
  if (rule.itemCategory !== null && rule.itemCategory !== (q.itemCategory ?? null)) return -1;
  if (rule.partnerId !== null && rule.partnerId !== (q.partnerId ?? null)) return -1;
  const typeScore = rule.documentType === q.documentType ? 10 : 0;
  const specificity = (rule.itemCategory !== null ? 2 : 0) + (rule.partnerId !== null ? 1 : 0);
  return typeScore + specificity * 2 + 1; // item+partner 7 > item 5 > partner 3 > plain 1
}

export function pickRule<T extends RuleCandidate>(rules: readonly T[], q: RuleQuery): T | null {
  let best: T | null = null;
  let bestScore = -1;
  for (const r of rules) {
    const s = score(r, q);
    if (s > bestScore) { best = r; bestScore = s; }
  }
  return best;
}
