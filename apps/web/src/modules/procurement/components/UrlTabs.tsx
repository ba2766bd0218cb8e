import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';

/** A choice kept in the URL, so a link or a refresh lands on the same tab. */
export function useUrlChoice<K extends string>(param: string, values: readonly K[]): [K, (value: K) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get(param);
  const current = (values as readonly string[]).includes(raw ?? '') ? (raw as K) : (values[0] as K);
  const set = (value: K) => setParams((prev) => { const next = new URLSearchParams(prev); next.set(param, value); return next; }, { replace: true });
  return [current, set];
}

export function UrlTabs<K extends string>({ param, values, labels, testId }: { param: string; values: readonly K[]; labels: Record<K, string>; testId: string }) {
  const [current, set] = useUrlChoice(param, values);
  return (
    <Tabs
      activeKey={current}
      onChange={(key) => set(key as K)}
      items={values.map((v) => ({ key: v, label: <span data-testid={`${testId}-${v}`}>{labels[v]}</span> }))}
      style={{ marginBottom: 4 }}
    />
  );
}
