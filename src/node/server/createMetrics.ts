// A tiny Prometheus registry (text exposition format 0.0.4) for saisie-server's /metrics: counters, gauges read
// at scrape time, and histograms. Label values are escaped; callers keep their cardinality bounded (routes and
// outcomes from fixed lists, never a value from a request).

/** Label names to values of one series. */
export type Labels = Readonly<Record<string, string>>;

/** A monotonically increasing count per label set. */
export interface Counter {
  inc(labels?: Labels, by?: number): void;
  get(labels?: Labels): number;
}

/** A distribution of observations (seconds, usually) per label set. */
export interface Histogram {
  observe(labels: Labels, value: number): void;
}

/** A set of metrics rendered together. */
export interface Metrics {
  counter(name: string, help: string): Counter;
  /** A gauge whose series are read when scraped. */
  gauge(name: string, help: string, read: () => number | ReadonlyArray<readonly [Labels, number]>): void;
  histogram(name: string, help: string, buckets: readonly number[]): Histogram;
  /** The exposition text, `text/plain; version=0.0.4`. */
  render(): string;
}

const escape = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const labelText = (labels: Labels | undefined, extra = ''): string => {
  const parts = labels ? Object.keys(labels).map((k) => `${k}="${escape(String(labels[k]))}"`) : [];
  if (extra) parts.push(extra);
  return parts.length ? `{${parts.join(',')}}` : '';
};
const num = (n: number) => (Number.isFinite(n) ? String(n) : n > 0 ? '+Inf' : n < 0 ? '-Inf' : 'NaN');

/** Creates an empty metrics registry. */
export function createMetrics(): Metrics {
  const blocks: Array<() => string> = [];
  const names = new Set<string>();
  const claim = (name: string) => {
    if (!/^[a-z_:][\w:]*$/i.test(name) || names.has(name)) throw new TypeError(`saisie: metric "${name}" is not a new Prometheus metric name.`);
    names.add(name);
  };
  const head = (name: string, help: string, type: string) => `# HELP ${name} ${help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}\n# TYPE ${name} ${type}\n`;
  return {
    counter(name, help) {
      claim(name);
      const series = new Map<string, number>();
      blocks.push(() => head(name, help, 'counter') + [...series].map(([l, v]) => `${name}${l} ${num(v)}\n`).join(''));
      return {
        inc(labels, by = 1) {
          const key = labelText(labels);
          series.set(key, (series.get(key) ?? 0) + by);
        },
        get(labels) {
          return series.get(labelText(labels)) ?? 0;
        },
      };
    },
    gauge(name, help, read) {
      claim(name);
      blocks.push(() => {
        const value = read();
        const rows = typeof value === 'number' ? [[undefined, value] as const] : value;
        return head(name, help, 'gauge') + rows.map(([l, v]) => `${name}${labelText(l)} ${num(v)}\n`).join('');
      });
    },
    histogram(name, help, buckets) {
      claim(name);
      const bounds = [...buckets].sort((a, b) => a - b);
      const series = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>();
      blocks.push(() => {
        let out = head(name, help, 'histogram');
        for (const s of series.values()) {
          let cumulative = 0;
          bounds.forEach((b, i) => {
            cumulative += s.counts[i] ?? 0;
            out += `${name}_bucket${labelText(s.labels, `le="${num(b)}"`)} ${cumulative}\n`;
          });
          out += `${name}_bucket${labelText(s.labels, 'le="+Inf"')} ${s.count}\n${name}_sum${labelText(s.labels)} ${num(s.sum)}\n${name}_count${labelText(s.labels)} ${s.count}\n`;
        }
        return out;
      });
      return {
        observe(labels, value) {
          const key = labelText(labels);
          let s = series.get(key);
          if (!s) series.set(key, (s = { labels: { ...labels }, counts: bounds.map(() => 0), sum: 0, count: 0 }));
          const i = bounds.findIndex((b) => value <= b);
          if (i >= 0) s.counts[i] = (s.counts[i] ?? 0) + 1;
          s.sum += value;
          s.count += 1;
        },
      };
    },
    render: () => blocks.map((b) => b()).join(''),
  };
}
