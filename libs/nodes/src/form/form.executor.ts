import { defineExecutor, type NodeContext, type NodeResult, type TurnInput } from '@parley/engine';
import { parseAnswer } from '../shared/answer.parser';
import { defaultRetryMessage } from '../shared/answer-retry.messages';
import { answerKey } from '../shared/answer-text';
import { resolveChoices } from '../shared/choice-options.resolver';
import { errorReason } from '../shared/error-reason';
import { absorbMessage } from '../shared/form-absorb';
import type { FormFieldSpec } from '../shared/form-extract';
import {
  chooseFieldMessage,
  confirmationMessage,
  fieldPromptMessage,
  formPayloads,
  yesOrNoHint,
} from '../shared/form-messages';
import { fieldMentions, isCancel, isNo, isSkip, isYes } from '../shared/form-phrases';
import { formStateJson, formStateSchema, type FormState } from '../shared/form-state';
import { turnText } from '../shared/turn-text';
import { formSettingsSchema, type FormSettings } from './form.schema';

type FormContext = NodeContext<FormSettings>;

/**
 * Fills several fields from free-form messages. Every message (including the one
 * that led to the form) is searched for every field at once (see `extractFormValues`:
 * NLU entities, labelled values, recognisable shapes); only what is still missing is
 * asked for, one prompt at a time ("Skip" is offered for optional fields). Customers
 * may correct any value at any point ("change the email to …", "邮箱改成…") and cancel
 * with a cancel keyword → `cancelled`. With `confirm`, a summary with yes/no buttons
 * follows: yes stores every field's variable → `done`; no asks which field to change.
 * Variables are only written at the end, so a cancelled form leaves them untouched.
 * Progress lives in the node state.
 */
export const formExecutor = defineExecutor(formSettingsSchema, {
  run: (ctx) => start(ctx),
  resume: async (ctx) => {
    const parsed = formStateSchema.safeParse(ctx.nodeState);
    if (!parsed.success) return start(ctx);
    const state = parsed.data;
    const input = ctx.input;
    if (input === undefined) return { type: 'wait', nodeState: formStateJson(state) };
    ctx.consumeInput();
    const text = input.text ?? input.payload ?? '';
    if (
      input.payload?.startsWith('form:') !== true &&
      isCancel(text, ctx.settings.cancelKeywords)
    ) {
      ctx.note('The customer cancelled the form');
      return { type: 'outcome', outcome: 'cancelled' };
    }
    try {
      if (state.phase === 'confirm') return await onConfirm(ctx, state, input);
      if (state.phase === 'choose') return await onChoose(ctx, state, input);
      return await onCollect(ctx, state, input);
    } catch (error) {
      return { type: 'error', reason: `The form could not go on: ${errorReason(error)}` };
    }
  },
});

/** A fresh visit: resolve the choices, read the message that led here, ask for the rest. */
async function start(ctx: FormContext): Promise<NodeResult> {
  try {
    const choices: FormState['choices'] = {};
    for (const field of ctx.settings.fields) {
      if (field.type === 'choice')
        choices[field.name] = await resolveChoices(ctx, { choices: field.choices });
    }
    const state: FormState = { phase: 'collect', values: {}, skipped: [], choices };
    const text = turnText(ctx.event);
    if (ctx.input !== undefined) ctx.consumeInput();
    if (text !== undefined && text.trim() !== '')
      await absorbMessage(ctx, runtime(ctx, state), state, { text }, 'missing');
    return await next(ctx, state);
  } catch (error) {
    return { type: 'error', reason: `The form could not start: ${errorReason(error)}` };
  }
}

async function onCollect(
  ctx: FormContext,
  state: FormState,
  input: TurnInput,
): Promise<NodeResult> {
  // A button of an earlier confirmation pressed late: ask for the missing field again.
  if (input.payload?.startsWith('form:') === true && input.payload !== formPayloads.skip)
    return next(ctx, state);
  const pending = ctx.settings.fields.find((field) => field.name === state.pending);
  const text = input.text ?? '';
  if (
    pending !== undefined &&
    !pending.required &&
    (input.payload === formPayloads.skip || isSkip(text))
  ) {
    state.skipped.push(pending.name);
    return next(ctx, state);
  }
  const changed = await absorbMessage(ctx, runtime(ctx, state), state, input, 'missing');
  if (changed.length === 0 && pending !== undefined) {
    const rules = {
      type: pending.type,
      pattern: pending.pattern,
      choices: state.choices[pending.name] ?? [],
    };
    const answer = parseAnswer(input, rules, ctx.locale);
    if (!answer.ok)
      ctx.say({ type: 'text', text: defaultRetryMessage(answer.problem, rules, ctx.locale) });
  }
  return next(ctx, state);
}

async function onConfirm(
  ctx: FormContext,
  state: FormState,
  input: TurnInput,
): Promise<NodeResult> {
  const text = input.text ?? '';
  if (input.payload === formPayloads.yes || (input.payload === undefined && isYes(text)))
    return finish(ctx, state);
  if (input.payload === formPayloads.no || (input.payload === undefined && isNo(text))) {
    ctx.say(chooseFieldMessage(summaryFields(ctx, state), ctx.locale));
    return wait({ ...state, phase: 'choose' });
  }
  const changed = await absorbMessage(ctx, runtime(ctx, state), state, input, 'all');
  if (changed.length === 0) ctx.say({ type: 'text', text: yesOrNoHint(ctx.locale) });
  return next(ctx, state);
}

async function onChoose(ctx: FormContext, state: FormState, input: TurnInput): Promise<NodeResult> {
  const pressed = input.payload?.startsWith(formPayloads.fieldPrefix) === true;
  // "email x@y.com" changes the value at once; "email" alone picks the field to ask again.
  if (!pressed && (await absorbMessage(ctx, runtime(ctx, state), state, input, 'all')).length > 0)
    return next(ctx, state);
  const picked = pickedField(ctx, input);
  if (picked === undefined) {
    ctx.say(chooseFieldMessage(summaryFields(ctx, state), ctx.locale));
    return wait(state);
  }
  // Reopen the field: it is asked again as if it had never been answered.
  delete state.values[picked];
  state.skipped = state.skipped.filter((name) => name !== picked);
  return next(ctx, { ...state, phase: 'collect' });
}

/** Asks for the first missing field, else confirms, else finishes. */
async function next(ctx: FormContext, state: FormState): Promise<NodeResult> {
  const missing = ctx.settings.fields.find(
    (field) => !(field.name in state.values) && !state.skipped.includes(field.name),
  );
  if (missing !== undefined) {
    const prompt = await ctx.render(missing.prompt, { form: state.values });
    ctx.say(
      fieldPromptMessage(prompt, state.choices[missing.name] ?? [], !missing.required, ctx.locale),
    );
    return wait({ ...state, phase: 'collect', pending: missing.name });
  }
  if (!ctx.settings.confirm) return finish(ctx, state);
  const question =
    ctx.settings.confirmPrompt === undefined
      ? undefined
      : await ctx.render(ctx.settings.confirmPrompt, { form: state.values });
  ctx.say(confirmationMessage(question, summaryFields(ctx, state), state.values, ctx.locale));
  const { pending: _pending, ...rest } = state;
  return wait({ ...rest, phase: 'confirm' });
}

/** Stores every field (skipped optional ones as `null`) → `done`. */
function finish(ctx: FormContext, state: FormState): NodeResult {
  for (const field of ctx.settings.fields)
    ctx.setVar(field.variable, state.values[field.name] ?? null);
  return { type: 'outcome', outcome: 'done' };
}

function wait(state: FormState): NodeResult {
  return { type: 'wait', nodeState: formStateJson(state) };
}

/** The field a "which one?" answer names: its button, or its name typed on its own. */
function pickedField(ctx: FormContext, input: TurnInput): string | undefined {
  const fields = ctx.settings.fields;
  if (input.payload?.startsWith(formPayloads.fieldPrefix) === true) {
    const name = input.payload.slice(formPayloads.fieldPrefix.length);
    return fields.some((field) => field.name === name) ? name : undefined;
  }
  const key = answerKey(input.text ?? '');
  if (key === '' || key.length > 40) return undefined;
  return fields.find((field) =>
    fieldMentions(field.name, field.type).some((word) => key.includes(word)),
  )?.name;
}

function runtime(ctx: FormContext, state: FormState): FormFieldSpec[] {
  return ctx.settings.fields.map((field) => ({
    name: field.name,
    type: field.type,
    pattern: field.pattern,
    choices: state.choices[field.name] ?? [],
  }));
}

function summaryFields(ctx: FormContext, state: FormState) {
  return ctx.settings.fields.map((field) => ({
    name: field.name,
    choices: state.choices[field.name] ?? [],
  }));
}
