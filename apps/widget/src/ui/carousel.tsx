import { useRef } from 'preact/hooks';
import type { ChatCard } from '../chat/chat-message';
import { CardView } from './card-view';
import { ChevronIcon } from './icons';
import { useWidget } from './widget-context';

/**
 * Cards side by side in a scrolling strip: swipe, scroll, the arrow buttons, or
 * the arrow keys once the strip has focus.
 */
export function Carousel({ cards, disabled }: { cards: ChatCard[]; disabled: boolean }) {
  const { strings } = useWidget();
  const track = useRef<HTMLDivElement>(null);

  const step = (direction: 1 | -1) => {
    const element = track.current;
    if (!element) return;
    const card = element.querySelector<HTMLElement>('.pw-slide');
    const width = (card?.offsetWidth ?? 240) + 8;
    if (typeof element.scrollBy === 'function')
      element.scrollBy({ left: direction * width, behavior: 'smooth' });
    else element.scrollLeft += direction * width;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target !== track.current) return;
    if (event.key === 'ArrowRight') step(1);
    else if (event.key === 'ArrowLeft') step(-1);
    else return;
    event.preventDefault();
  };

  return (
    <div
      class="pw-carousel"
      role="group"
      aria-roledescription="carousel"
      aria-label={strings.carousel}
    >
      <div
        class="pw-carousel-track"
        ref={track}
        tabIndex={0}
        data-testid="widget-carousel"
        aria-label={strings.carousel}
        onKeyDown={onKeyDown}
      >
        {cards.map((card, index) => (
          <div
            key={index}
            class="pw-slide"
            role="group"
            aria-roledescription="slide"
            aria-label={strings.slide(index + 1, cards.length)}
          >
            <CardView card={card} disabled={disabled} />
          </div>
        ))}
      </div>
      {cards.length > 1 && (
        <div class="pw-carousel-nav">
          <button
            type="button"
            class="pw-icon-button"
            aria-label={strings.previous}
            onClick={() => step(-1)}
          >
            <ChevronIcon direction="left" />
          </button>
          <button
            type="button"
            class="pw-icon-button"
            aria-label={strings.next}
            onClick={() => step(1)}
          >
            <ChevronIcon direction="right" />
          </button>
        </div>
      )}
    </div>
  );
}
