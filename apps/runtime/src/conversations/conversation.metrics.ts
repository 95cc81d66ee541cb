import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram } from 'prom-client';
import { MetricsService } from '../metrics/metrics.service';
import { MessageReader } from './message.reader';

/** Turn latency, turns by outcome, and the depth of the inbound queue, in `/metrics`. */
@Injectable()
export class ConversationMetrics {
  private readonly turnDuration: Histogram<'outcome'>;
  private readonly turns: Counter<'outcome' | 'status'>;

  constructor(metrics: MetricsService, reader: MessageReader) {
    this.turnDuration = new Histogram({
      name: 'parley_turn_duration_seconds',
      help: 'Time from picking an inbound message up to committing its turn, by outcome',
      labelNames: ['outcome'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [metrics.registry],
    });
    this.turns = new Counter({
      name: 'parley_turns_total',
      help: 'Turns run, by outcome (ok, failed, skipped) and the conversation status after them',
      labelNames: ['outcome', 'status'] as const,
      registers: [metrics.registry],
    });
    new Gauge({
      name: 'parley_inbound_queue_depth',
      help: 'Inbound messages stored but not processed yet, across all conversations',
      registers: [metrics.registry],
      async collect() {
        this.set(await reader.queueDepth());
      },
    });
  }

  observeTurn(outcome: string, status: string, seconds: number): void {
    this.turnDuration.observe({ outcome }, seconds);
    this.turns.inc({ outcome, status });
  }
}
