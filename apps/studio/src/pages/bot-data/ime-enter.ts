import type { KeyboardEvent } from 'react';

/**
 * True for an Enter that means "submit". While an input method is composing (Chinese
 * pinyin, Japanese kana) Enter picks the candidate instead and must not submit; Safari
 * reports the confirming keydown with keyCode 229.
 */
export function isSubmitEnter(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' || event.shiftKey) return false;
  return !event.nativeEvent.isComposing && event.nativeEvent.keyCode !== 229;
}
