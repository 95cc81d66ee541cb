import { useEffect, useRef } from 'preact/hooks';
import type { ChatMessage } from '../chat/chat-message';
import type { SessionState } from '../chat/chat-session';
import { Avatar } from './avatar';
import { MessageItem } from './message-item';
import { QuickReplies } from './quick-replies';
import type { Strings } from '../i18n/strings';
import { useWidget } from './widget-context';

/**
 * The conversation as a live log (screen readers announce new messages): runs of
 * messages by the same author, the greeting first, the bot typing last.
 */
export function MessageList({ state, onAnswer }: { state: SessionState; onAnswer: () => void }) {
  const { strings, locale } = useWidget();
  const end = useRef<HTMLDivElement>(null);
  const { messages, botTyping, config } = state;
  const active = state.conversation === 'active';
  const greetings = config?.theme.greeting ?? {};
  const greeting = greetings[locale] ?? greetings[config?.defaultLocale ?? ''] ?? '';
  const last = messages[messages.length - 1];

  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [messages.length, botTyping]);

  return (
    <div
      class="pw-log"
      role="log"
      aria-live="polite"
      aria-relevant="additions"
      aria-label={strings.messages}
      data-testid="widget-log"
    >
      {greeting !== '' && (
        <div class="pw-run pw-run-theirs">
          <Avatar small />
          <div class="pw-run-body">
            <div class="pw-bubble pw-bubble-theirs pw-greeting" data-testid="widget-greeting">
              {greeting}
            </div>
          </div>
        </div>
      )}
      {runsOf(messages).map((run) => (
        <div
          key={run[0]?.id}
          class={`pw-run ${run[0]?.direction === 'in' ? 'pw-run-mine' : 'pw-run-theirs'}`}
        >
          {run[0]?.direction === 'out' && <Avatar small />}
          <div class="pw-run-body">
            <span class="pw-visually-hidden">{authorName(run[0], strings)}</span>
            {run.map((message) => (
              <MessageItem key={message.id} message={message} active={active} />
            ))}
          </div>
        </div>
      ))}
      {active && last?.direction === 'out' && last.content.type === 'text' && (
        <QuickReplies replies={last.content.quickReplies ?? []} onAnswer={onAnswer} />
      )}
      {botTyping && (
        <div class="pw-run pw-run-theirs" data-testid="widget-typing">
          <Avatar small />
          <div
            class="pw-bubble pw-bubble-theirs pw-typing"
            role="status"
            aria-label={strings.typing}
          >
            <span />
            <span />
            <span />
          </div>
        </div>
      )}
      <div ref={end} />
    </div>
  );
}

/** Consecutive messages of one side, shown as one group with one avatar. */
function runsOf(messages: ChatMessage[]): ChatMessage[][] {
  const runs: ChatMessage[][] = [];
  for (const message of messages) {
    const run = runs[runs.length - 1];
    if (run && run[0]?.direction === message.direction && run[0].author === message.author)
      run.push(message);
    else runs.push([message]);
  }
  return runs;
}

function authorName(message: ChatMessage | undefined, strings: Strings): string {
  if (message?.direction === 'in') return `${strings.you}:`;
  return `${message?.author === 'agent' ? strings.agent : strings.bot}:`;
}
