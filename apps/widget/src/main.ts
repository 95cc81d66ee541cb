import { mountWidget } from './boot/mount-widget';
import { createPublicApi, installPublicApi } from './boot/public-api';
import { findWidgetScript, readScriptSettings } from './boot/script-settings';

/**
 * The script a website embeds: `<script src="…/widget.js" data-channel="…" async>`.
 * It reads its own tag, adds the widget once the page has a body, and installs
 * `window.Parley`.
 */
const script = findWidgetScript(document);
const settings = script ? readScriptSettings(script, document) : null;
const alreadyMounted = document.querySelector('parley-chat') !== null;

if (!settings) {
  console.error('Parley widget: add data-channel="<channel id>" to the widget script tag.');
} else if (!alreadyMounted) {
  const start = () => installPublicApi(window, createPublicApi(mountWidget(document, settings)));
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
}
