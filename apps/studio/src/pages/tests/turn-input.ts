import type { TFunction } from 'i18next';
import type { TurnResult } from '../../api/tests-schemas';

/** What the user did in a turn, in words: "The user says “AB123456”". */
export function describeInput(t: TFunction, input: TurnResult['input']): string {
  if (input.say !== undefined) return t('input.say', { text: input.say });
  if (input.press !== undefined) return t('input.press', { payload: input.press });
  if (input.timer !== undefined) return t('input.timer', { timer: input.timer });
  if (input.handback !== undefined) return t('input.handback');
  return t('input.opening');
}
