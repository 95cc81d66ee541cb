import { Counter, Gauge, type Registry } from 'prom-client';

/** What the timers tell `/metrics`. */
export interface TimerMetrics {
  fired(kind: string): void;
}

/**
 * `parley_timers_fired_total{kind}`, and `parley_timers_pending` read from the
 * database when scraped (timers live in rows, not in this process).
 */
export function timerMetrics(
  registry: Registry,
  countPending?: () => Promise<number>,
): TimerMetrics {
  const fired = new Counter({
    name: 'parley_timers_fired_total',
    help: 'Timers fired by this process, by kind',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  if (countPending) {
    new Gauge({
      name: 'parley_timers_pending',
      help: 'Timers scheduled and not fired yet, across all replicas',
      registers: [registry],
      async collect() {
        this.set(await countPending());
      },
    });
  }
  return { fired: (kind) => fired.inc({ kind }) };
}
