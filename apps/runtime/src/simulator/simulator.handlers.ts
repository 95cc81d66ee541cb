import { Injectable, Logger } from '@nestjs/common';
import type { InboundEvent } from '@parley/engine';
import type { Socket } from 'socket.io';
import { failureOf, SimulatorError } from './simulator-error';
import type { SimulatorSession } from './simulator-session';
import { SimulatorService } from './simulator.service';
import {
  type SimulatorAck,
  type SimulatorEvent,
  type SimulatorFailure,
  type SimulatorRequest,
  simulatorRequestSchemas,
  type SimulatorServerEvents,
  type SimulatorSocketData,
  type SimulatorTurn,
} from './simulator.events';

export type SimulatorSocket = Socket<
  Record<string, never>,
  SimulatorServerEvents,
  Record<string, never>,
  SimulatorSocketData
>;

/** Sessions one socket may keep; starting another forgets the oldest. */
const MAX_SESSIONS = 10;
/** Timers further off than this are not fired in the simulator (nobody waits a day). */
const MAX_TIMER_MS = 60 * 60_000;

/**
 * The events of one simulator socket. Its sessions live in memory with it and go
 * with it: a simulated conversation is never stored.
 */
@Injectable()
export class SimulatorHandlers {
  private readonly logger = new Logger(SimulatorHandlers.name);

  constructor(private readonly simulator: SimulatorService) {}

  connected(socket: SimulatorSocket): void {
    const sessions = new Map<string, SimulatorSession>();
    const on = <E extends SimulatorEvent>(
      event: E,
      handle: (request: SimulatorRequest<E>) => Promise<object>,
    ) => {
      socket.on(
        event as never,
        ((body: unknown, ack: unknown) => {
          void this.answer(event, body, ack, handle);
        }) as never,
      );
    };
    const session = (sessionId: string) => {
      const found = sessions.get(sessionId);
      if (!found) {
        throw new SimulatorError(404, `No session ${sessionId} on this connection; start one`);
      }
      return found;
    };
    /** Runs `work` after the session's earlier turns, with the bot "typing" meanwhile. */
    const queued = <T>(target: SimulatorSession, work: () => Promise<T>): Promise<T> => {
      const next = target.queue.then(async () => {
        socket.emit('typing', { sessionId: target.id, typing: true });
        try {
          return await work();
        } finally {
          socket.emit('typing', { sessionId: target.id, typing: false });
        }
      });
      target.queue = next.catch(() => undefined);
      return next;
    };
    const turn = (target: SimulatorSession, work: () => Promise<SimulatorTurn>) =>
      queued(target, async () => {
        const result = await work();
        this.scheduleTimers(socket, target, queued);
        return result;
      });

    on('start', async (request) => {
      const { session: started, turn: opening } = await this.simulator.start(
        socket.data.workspaceId,
        request,
      );
      sessions.set(started.id, started);
      for (const old of [...sessions.values()].slice(0, -MAX_SESSIONS)) {
        clearTimers(old);
        sessions.delete(old.id);
      }
      this.scheduleTimers(socket, started, queued);
      return { sessionId: started.id, draftRevision: started.draftRevision, ...opening };
    });
    on('say', (request) => {
      const target = session(request.sessionId);
      return turn(target, () => this.simulator.turn(target, { type: 'text', text: request.text }));
    });
    on('press', (request) => {
      const target = session(request.sessionId);
      const event: InboundEvent = {
        type: 'button',
        payload: request.payload,
        ...(request.text ? { text: request.text } : {}),
      };
      return turn(target, () => this.simulator.turn(target, event));
    });
    on('restart', (request) => {
      const target = session(request.sessionId);
      return turn(target, async () => ({
        ...(await this.simulator.restart(target)),
        draftRevision: target.draftRevision,
      }));
    });
    on('setLocale', (request) => {
      const target = session(request.sessionId);
      return queued(target, () =>
        Promise.resolve({ state: this.simulator.setLocale(target, request.locale) }),
      );
    });
    on('continueOnDraft', (request) => {
      const target = session(request.sessionId);
      return queued(target, () => this.simulator.continueOnDraft(target));
    });
    socket.on('disconnect', () => {
      for (const old of sessions.values()) clearTimers(old);
      sessions.clear();
    });
  }

  /** Checks the payload, runs the event, and answers `{ ok: true, … }` or `{ ok: false, error }`. */
  private async answer<E extends SimulatorEvent>(
    event: E,
    body: unknown,
    ack: unknown,
    handle: (request: SimulatorRequest<E>) => Promise<object>,
  ): Promise<void> {
    const reply = typeof ack === 'function' ? (ack as (reply: unknown) => void) : undefined;
    let answer: SimulatorAck<object>;
    const parsed = simulatorRequestSchemas[event].safeParse(body, { reportInput: false });
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      }));
      answer = {
        ok: false,
        status: 400,
        error: `Invalid ${event}: ${problems.map((p) => `${p.path || 'body'} ${p.message}`).join('; ')}`,
        problems,
      };
    } else {
      try {
        answer = { ok: true, ...(await handle(parsed.data as SimulatorRequest<E>)) };
      } catch (error) {
        answer = failureOf(error) ?? this.internal(event, error);
      }
    }
    reply?.(answer);
  }

  private internal(event: string, error: unknown): SimulatorFailure {
    this.logger.error(`A simulator ${event} failed: ${String(error)}`);
    return { ok: false, status: 500, error: 'The simulator failed; try again or restart' };
  }

  /**
   * Fires the waiting node's timers (an ask's timeout) in process, as the runtime's
   * timer rows would, and sends the turn they cause as a `messages` event.
   */
  private scheduleTimers(
    socket: SimulatorSocket,
    session: SimulatorSession,
    queued: <T>(target: SimulatorSession, work: () => Promise<T>) => Promise<T>,
  ): void {
    clearTimers(session);
    const generation = session.timerGeneration;
    for (const timer of session.state?.waiting?.timers ?? []) {
      const delay = Math.max(0, timer.dueAt - Date.now());
      if (delay > MAX_TIMER_MS) continue;
      const handle = setTimeout(() => {
        queued(session, () =>
          session.timerGeneration === generation
            ? this.simulator.turn(session, { type: 'timer', timerId: timer.id })
            : Promise.resolve(null),
        )
          .then((turn) => {
            if (turn === null) return;
            socket.emit('messages', { sessionId: session.id, ...turn });
            this.scheduleTimers(socket, session, queued);
          })
          .catch((error: unknown) => this.internal('timer', error));
      }, delay);
      handle.unref();
      session.timers.push(handle);
    }
  }
}

function clearTimers(session: SimulatorSession): void {
  session.timerGeneration += 1;
  for (const handle of session.timers.splice(0)) clearTimeout(handle);
}
