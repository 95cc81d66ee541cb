import type { BotDocument, BotSettings, Flow, FlowNode, LocalizedText } from '@parley/flow';
import type { InboundEvent } from '../events';
import type { ConversationInfo, NodeContext, TurnInput } from '../executor';
import type { Json } from '../json';
import type { MessageContent } from '../messages';
import type { NluClassification } from '../ports/nlu.port';
import type { Ports } from '../ports/ports';
import type { HistoryEntry } from '../session-state';
import { evaluateExpression, evaluateSoon } from '../expressions/expression.evaluator';
import { renderTemplate } from '../expressions/template.renderer';
import { pushHistory, recentHistory } from '../turn/history';
import type { Turn } from '../turn/turn';
import { expressionScope } from './expression-scope';

/** Where in the document a step runs, and what it starts with. */
export interface StepPlace<S> {
  readonly flow: Flow;
  readonly node: FlowNode;
  readonly settings: S;
  readonly nodeState: Json | undefined;
}

/**
 * The `NodeContext` of one executor call. A class, so that a step allocates one object
 * rather than a dozen closures (steps are the engine's hot loop). Writes go through the
 * turn (traced); once the step is over (`closed`), late writes from stray promises are
 * ignored. Methods must be called on the context (`ctx.say(…)`), not detached.
 */
export class StepContext<S> implements NodeContext<S> {
  /** Notes added with `note()`, for the step's trace. */
  readonly notes: string[] = [];
  closed = false;

  constructor(
    private readonly turn: Turn,
    private readonly place: StepPlace<S>,
    readonly event: InboundEvent,
  ) {}

  get settings(): S {
    return this.place.settings;
  }
  get node(): FlowNode {
    return this.place.node;
  }
  get flow(): Flow {
    return this.place.flow;
  }
  get nodeState(): Json | undefined {
    return this.place.nodeState;
  }
  get doc(): BotDocument {
    return this.turn.doc;
  }
  get botSettings(): BotSettings {
    return this.turn.doc.settings;
  }
  get locale(): string {
    return this.turn.locale;
  }
  get conversation(): ConversationInfo {
    const { conversationId: id, channel, locale, turnNumber: turn } = this.turn;
    return { id, channel, locale, turn };
  }
  get input(): TurnInput | undefined {
    return this.turn.consumed ? undefined : this.turn.message;
  }
  get vars(): Readonly<Record<string, Json>> {
    return this.turn.vars.view;
  }
  get contact(): Readonly<Record<string, Json>> {
    return this.turn.contact.view;
  }
  get nlu(): NluClassification | undefined {
    return this.turn.nlu;
  }
  get history(): readonly HistoryEntry[] {
    return recentHistory(this.turn);
  }
  get ports(): Ports {
    return this.turn.ports;
  }

  consumeInput(): void {
    this.turn.consumed = true;
  }

  setVar(name: string, value: Json): void {
    if (!this.closed) this.turn.vars.set(name, value);
  }

  setContact(name: string, value: Json): void {
    if (!this.closed) this.turn.contact.set(name, value);
  }

  setNlu(classification: NluClassification): void {
    if (this.closed) return;
    this.turn.nlu = structuredClone(classification);
    this.turn.scope = undefined;
  }

  evaluate(expression: string, bindings?: Record<string, Json>): Promise<Json> {
    return evaluateExpression(
      expression,
      expressionScope(this.turn),
      this.turn.evaluation,
      bindings,
    );
  }

  render(template: LocalizedText, bindings?: Record<string, Json>): Promise<string> {
    const scope = expressionScope(this.turn);
    return renderTemplate(template, this.turn.locales, (source) =>
      evaluateSoon(source, scope, this.turn.evaluation, bindings),
    );
  }

  say(message: MessageContent): void {
    if (this.closed) return;
    this.turn.messages.push({ ...message, nodeId: this.place.node.id, flowId: this.place.flow.id });
    if (message.type === 'text') pushHistory(this.turn, 'bot', message.text);
  }

  note(text: string): void {
    if (!this.closed) this.notes.push(text);
  }
}
