import type { ChatCard } from '../chat/chat-message';
import { ButtonList } from './button-list';
import { SafeImage } from './safe-image';

/** One card: image, title, subtitle and buttons. */
export function CardView({ card, disabled }: { card: ChatCard; disabled: boolean }) {
  return (
    <div class="pw-card" data-testid="widget-card">
      {card.imageUrl !== undefined && (
        <SafeImage url={card.imageUrl} alt={card.title} className="pw-card-image" />
      )}
      <div class="pw-card-body">
        <p class="pw-card-title">{card.title}</p>
        {card.subtitle !== undefined && <p class="pw-card-subtitle">{card.subtitle}</p>}
      </div>
      <ButtonList buttons={card.buttons} disabled={disabled} />
    </div>
  );
}
