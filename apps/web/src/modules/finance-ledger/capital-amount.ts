/**
 * 大写金额: the amount in Chinese financial capitals, as printed on vouchers and cheques
 * (e.g. 1,680.32 → 壹仟陆佰捌拾元叁角贰分, 500 → 伍佰元整). Red-ink (negative) totals get 负.
 */
import { parseCents } from './money.ts';

const digits = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const placeUnits = ['仟', '佰', '拾', ''];
// 4-digit groups: 个, 万, 亿, 万亿 (amounts have at most 16 integer digits).
const groupUnits = ['', '万', '亿', '万亿'];

/** One 4-digit group ('0305' → 叁佰零伍); a zero run inside the group becomes one 零. */
function groupToCapital(group: string): string {
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < 4; i += 1) {
    const d = Number(group[i]);
    if (d === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += `${digits[d]}${placeUnits[i]}`;
  }
  return out;
}

function integerToCapital(whole: bigint): string {
  const text = whole.toString();
  const padded = text.padStart(Math.ceil(text.length / 4) * 4, '0');
  const groups: string[] = [];
  for (let i = 0; i < padded.length; i += 4) groups.push(padded.slice(i, i + 4));
  let out = '';
  let zeroGap = false;
  groups.forEach((group, index) => {
    const unit = groupUnits[groups.length - 1 - index] ?? '';
    if (Number(group) === 0) {
      if (out) zeroGap = true;
      return;
    }
    // 壹万零伍拾: a gap of zeros between two non-zero groups is read as one 零.
    if (out && (zeroGap || group.startsWith('0'))) out += '零';
    out += groupToCapital(group) + unit;
    zeroGap = false;
  });
  return out;
}

/** The capital amount of a money string; '' when the value is not an amount. */
export function toCapitalAmount(value: string | bigint | null | undefined): string {
  const cents = typeof value === 'bigint' ? value : parseCents(value);
  if (cents === null) return '';
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const whole = abs / 100n;
  const jiao = Number((abs % 100n) / 10n);
  const fen = Number(abs % 10n);
  let out = whole > 0n ? `${integerToCapital(whole)}元` : '';
  if (jiao === 0 && fen === 0) out = whole > 0n ? `${out}整` : '零元整';
  else {
    if (jiao > 0) out += `${digits[jiao]}角`;
    else if (whole > 0n) out += '零';
    if (fen > 0) out += `${digits[fen]}分`;
    else out += '整';
  }
  return negative ? `负${out}` : out;
}
