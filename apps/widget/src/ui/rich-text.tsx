import { splitLinks } from '../chat/safe-url';

/** Message text as text nodes, with http(s) URLs as links that open in a new tab. Never HTML. */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {splitLinks(text).map((part, index) =>
        part.kind === 'link' ? (
          <a key={index} href={part.href} target="_blank" rel="noopener noreferrer nofollow">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
