import type { ChatButton } from '../chat/chat-message';
import { useWidget } from './widget-context';

/**
 * Suggested answers under the bot's last message; they go away once the customer
 * answers, so the focus moves on (`onAnswer`: to the composer) rather than being lost.
 */
export function QuickReplies({
  replies,
  onAnswer,
}: {
  replies: ChatButton[];
  onAnswer: () => void;
}) {
  const { session, strings } = useWidget();
  if (replies.length === 0) return null;
  return (
    <div class="pw-quick-replies" role="group" aria-label={strings.quickReplies}>
      {replies.map((reply, index) => (
        <button
          key={index}
          type="button"
          class="pw-quick-reply"
          data-testid="widget-quick-reply"
          onClick={() => {
            onAnswer();
            void session.pressButton(reply);
          }}
        >
          {reply.label}
        </button>
      ))}
    </div>
  );
}
