import type { ChatMessage } from '../chat/chat-message';
import { ButtonList } from './button-list';
import { CardView } from './card-view';
import { Carousel } from './carousel';
import { RichText } from './rich-text';
import { SafeImage } from './safe-image';
import { useWidget } from './widget-context';

/** One message, by its kind; everything the bot says is shown as text, never as HTML. */
export function MessageItem({ message, active }: { message: ChatMessage; active: boolean }) {
  const { strings } = useWidget();
  const { content } = message;
  const mine = message.direction === 'in';
  const bubble = `pw-bubble ${mine ? 'pw-bubble-mine' : 'pw-bubble-theirs'}`;
  switch (content.type) {
    case 'text':
      return (
        <div class="pw-stack">
          {content.text !== '' && (
            <div class={bubble} data-testid="widget-message">
              <RichText text={content.text} />
            </div>
          )}
          <ButtonList buttons={content.buttons ?? []} disabled={!active} />
        </div>
      );
    case 'button':
    case 'unknown': {
      const text = content.type === 'button' ? (content.text ?? content.payload) : content.text;
      if (!text) return null;
      return (
        <div class={bubble} data-testid="widget-message">
          <RichText text={text} />
          {message.failed === true && <span class="pw-failed">{strings.notSent}</span>}
        </div>
      );
    }
    case 'image':
      return <SafeImage url={content.url} alt={content.alt} className="pw-message-image" />;
    case 'card':
      return <CardView card={content.card} disabled={!active} />;
    case 'carousel':
      return <Carousel cards={content.cards} disabled={!active} />;
    case 'handoff':
      return (
        <p class="pw-event" data-testid="widget-handoff">
          {strings.handoff}
        </p>
      );
    case 'end':
      return (
        <p class="pw-event" data-testid="widget-ended-note">
          {strings.ended}
        </p>
      );
  }
}
