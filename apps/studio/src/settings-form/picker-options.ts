import { systemEntityNames } from '@parley/flow';
import type { PickerKind } from './field-model';
import type { BotNames } from './form-context';

export interface PickerOption {
  value: string;
  label: string;
}

/**
 * The names a picker offers, from the bot document. A name the bot does not have
 * (any more) stays on offer, so the field still shows what is stored; the
 * validator marks it.
 */
export function pickerOptions(
  kind: PickerKind,
  bot: BotNames,
  current: unknown,
  missingLabel: (name: string) => string,
): PickerOption[] {
  const options = namesOf(kind, bot);
  if (typeof current === 'string' && current !== '' && !options.some((o) => o.value === current)) {
    options.push({ value: current, label: missingLabel(current) });
  }
  return options;
}

function namesOf(kind: PickerKind, bot: BotNames): PickerOption[] {
  const plain = (names: readonly string[]) => names.map((name) => ({ value: name, label: name }));
  switch (kind) {
    case 'variable':
      return plain(bot.variables);
    case 'intent':
      return plain(bot.intents);
    case 'entity':
      return plain([...new Set([...bot.entities, ...systemEntityNames])]);
    case 'flow':
      return bot.flows.map((flow) => ({ value: flow.id, label: flow.name }));
  }
}
