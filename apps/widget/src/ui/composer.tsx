import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { SendIcon } from './icons';
import { useWidget } from './widget-context';

/** Where the customer writes: Enter sends, Shift+Enter starts a new line. */
export function Composer({
  disabled,
  inputRef,
}: {
  disabled: boolean;
  inputRef: Ref<HTMLTextAreaElement>;
}) {
  const { session, strings } = useWidget();
  const [text, setText] = useState('');

  const submit = () => {
    if (disabled || text.trim() === '') return;
    void session.sendText(text);
    setText('');
  };

  return (
    <form
      class="pw-composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <textarea
        ref={inputRef}
        class="pw-input"
        rows={1}
        maxLength={4000}
        value={text}
        placeholder={strings.placeholder}
        aria-label={strings.messageLabel}
        data-testid="widget-input"
        disabled={disabled}
        onInput={(event) => {
          const area = event.currentTarget;
          setText(area.value);
          area.style.height = 'auto';
          area.style.height = `${Math.min(area.scrollHeight, 120)}px`;
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            submit();
          }
        }}
      />
      <button
        type="submit"
        class="pw-send"
        aria-label={strings.send}
        data-testid="widget-send"
        disabled={disabled || text.trim() === ''}
      >
        <SendIcon />
      </button>
    </form>
  );
}
