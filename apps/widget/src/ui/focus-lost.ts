/**
 * Whether the keyboard focus went nowhere: on the page's body or on the widget's
 * host element, as after the focused button was removed. The widget then puts it
 * back somewhere useful; focus the page moved elsewhere is left alone.
 */
export function focusIsLost(inside: Node): boolean {
  const root = inside.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : null;
  const active = document.activeElement;
  const shadowActive = root instanceof ShadowRoot ? root.activeElement : null;
  // Chrome may still name the removed element as the shadow root's focus for a moment.
  const shadowFocusGone = shadowActive === null || !shadowActive.isConnected;
  return active === null || active === document.body || (active === host && shadowFocusGone);
}
