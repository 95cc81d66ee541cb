/** Text made safe to place in HTML, inside elements and quoted attributes alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const style =
  'font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1f2937';

/**
 * A plain page with the channel's widget on it, for trying the widget without a
 * website: the same script tag a company pastes into its own pages.
 */
export function demoPage(channelId: string, botName: string, enabled: boolean): string {
  const name = escapeHtml(botName);
  const off = enabled
    ? ''
    : '<p><strong>This channel is switched off</strong>: switch it on in the studio to chat here.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${name} — demo</title>
</head>
<body style="${style}">
<h1>${name}</h1>
<p>This page shows the chat widget as your customers will see it. Open it with the button in the corner.</p>
${off}
<script src="/widget.js" data-channel="${escapeHtml(channelId)}" async></script>
</body>
</html>
`;
}

/** The demo page of a channel that does not exist. */
export function demoNotFoundPage(): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Channel not found</title></head>
<body style="${style}">
<h1>Channel not found</h1>
<p>There is no channel with this id. It may have been deleted; copy the demo link again from the studio's Channels page.</p>
</body>
</html>
`;
}
