import type { ChatButton } from '../chat/chat-message';
import { useWidget } from './widget-context';

/** A message's or card's buttons; pressing one sends its payload with its label as the text. */
export function ButtonList({ buttons, disabled }: { buttons: ChatButton[]; disabled: boolean }) {
  const { session } = useWidget();
  if (buttons.length === 0) return null;
  const short = buttons.length > 1 && buttons.every((button) => button.label.length <= 6);
  return (
    <div class={short ? 'pw-buttons pw-buttons-row' : 'pw-buttons'}>
      {buttons.map((button, index) => (
        <button
          key={index}
          type="button"
          class="pw-button"
          data-testid="widget-button"
          disabled={disabled}
          onClick={() => void session.pressButton(button)}
        >
          {button.label}
        </button>
      ))}
    </div>
  );
}
