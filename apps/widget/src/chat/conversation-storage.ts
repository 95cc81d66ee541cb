/** What survives a reload: enough to reopen the conversation (`localStorage`, `parley:<channelId>`). */
export interface StoredConversation {
  botId: string;
  conversationId: string;
  token: string;
}

const key = (channelId: string) => `parley:${channelId}`;

/**
 * localStorage may be missing or throw (blocked third-party storage, private modes):
 * the widget then still works, it just forgets the conversation on reload.
 */
export const conversationStorage = {
  load(channelId: string): StoredConversation | null {
    try {
      const raw = window.localStorage.getItem(key(channelId));
      if (!raw) return null;
      const value = JSON.parse(raw) as Partial<StoredConversation> | null;
      if (
        typeof value?.botId === 'string' &&
        typeof value.conversationId === 'string' &&
        typeof value.token === 'string'
      )
        return { botId: value.botId, conversationId: value.conversationId, token: value.token };
    } catch {
      // Unreadable: treat as no conversation.
    }
    return null;
  },

  save(channelId: string, conversation: StoredConversation): void {
    try {
      window.localStorage.setItem(key(channelId), JSON.stringify(conversation));
    } catch {
      // Storage unavailable: the conversation lasts until the page is left.
    }
  },

  clear(channelId: string): void {
    try {
      window.localStorage.removeItem(key(channelId));
    } catch {
      // Nothing to clear.
    }
  },
};
