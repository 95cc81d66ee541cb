import { useState } from 'preact/hooks';
import { safeImageUrl } from '../chat/safe-url';
import { ImageIcon } from './icons';
import { useWidget } from './widget-context';

/**
 * An image a bot sent: loaded only from an allowed host; otherwise (or when it
 * fails to load) its description stands in its place.
 */
export function SafeImage({
  url,
  alt,
  className,
}: {
  url: string;
  alt?: string;
  className: string;
}) {
  const { baseUrl, allowedImageHosts, strings } = useWidget();
  const [broken, setBroken] = useState(false);
  const src = safeImageUrl(url, allowedImageHosts, baseUrl);
  if (!src || broken) {
    return (
      <div
        class={`${className} pw-image-missing`}
        role="img"
        aria-label={alt || strings.imageUnavailable}
      >
        <ImageIcon />
        <span>{alt || strings.imageUnavailable}</span>
      </div>
    );
  }
  return (
    <img
      class={className}
      src={src}
      alt={alt ?? ''}
      loading="lazy"
      referrerpolicy="no-referrer"
      onError={() => setBroken(true)}
    />
  );
}
