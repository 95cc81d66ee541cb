/**
 * The messages the widget shows, read defensively from what the runtime sends
 * (`content` of a stored message, see libs/engine/src/messages.ts). Nothing here
 * trusts its input: every field is checked, and anything odd becomes `unknown`.
 */
export interface ChatButton {
  label: string;
  payload: string;
}

export interface ChatCard {
  title: string;
  subtitle?: string;
  imageUrl?: string;
  buttons: ChatButton[];
}

export type ChatContent =
  | { type: 'text'; text: string; buttons?: ChatButton[]; quickReplies?: ChatButton[] }
  | { type: 'image'; url: string; alt?: string }
  | { type: 'card'; card: ChatCard }
  | { type: 'carousel'; cards: ChatCard[] }
  | { type: 'handoff'; queue: string }
  | { type: 'end'; status: string }
  /** What the customer pressed: the label is shown. */
  | { type: 'button'; payload: string; text?: string }
  | { type: 'unknown'; text?: string };

export interface ChatMessage {
  id: string;
  seq: number;
  direction: 'in' | 'out';
  author: string;
  content: ChatContent;
  createdAt: string;
  /** A message the customer sent that the runtime has not confirmed yet. */
  pending?: boolean;
  /** A message that could not be sent. */
  failed?: boolean;
}

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function buttons(value: unknown): ChatButton[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (!isObject(item)) return [];
    const label = text(item.label);
    if (label === undefined) return [];
    return [{ label, payload: text(item.payload) ?? label }];
  });
}

function card(value: unknown): ChatCard | undefined {
  if (!isObject(value)) return undefined;
  const title = text(value.title);
  if (title === undefined) return undefined;
  const result: ChatCard = { title, buttons: buttons(value.buttons) };
  const subtitle = text(value.subtitle);
  const imageUrl = text(value.imageUrl);
  if (subtitle !== undefined) result.subtitle = subtitle;
  if (imageUrl !== undefined) result.imageUrl = imageUrl;
  return result;
}

/** Reads a message's `content`; unknown or malformed content keeps only its text, if any. */
export function parseContent(value: unknown): ChatContent {
  if (!isObject(value)) return { type: 'unknown' };
  const fallback: ChatContent = { type: 'unknown', ...optionalText(value.text) };
  switch (value.type) {
    case 'text': {
      const body = text(value.text);
      if (body === undefined) return fallback;
      const result: ChatContent = { type: 'text', text: body };
      if (Array.isArray(value.buttons)) result.buttons = buttons(value.buttons);
      if (Array.isArray(value.quickReplies)) result.quickReplies = buttons(value.quickReplies);
      return result;
    }
    case 'image': {
      const url = text(value.url);
      if (url === undefined) return fallback;
      return { type: 'image', url, ...optionalAlt(value.alt) };
    }
    case 'card': {
      const parsed = card(value.card);
      return parsed ? { type: 'card', card: parsed } : fallback;
    }
    case 'carousel': {
      const cards = Array.isArray(value.cards) ? value.cards.map(card) : [];
      const valid = cards.filter((item): item is ChatCard => item !== undefined);
      return valid.length > 0 ? { type: 'carousel', cards: valid } : fallback;
    }
    case 'handoff':
      return { type: 'handoff', queue: text(value.queue) ?? '' };
    case 'end':
      return { type: 'end', status: text(value.status) ?? 'resolved' };
    case 'button': {
      const payload = text(value.payload) ?? '';
      return { type: 'button', payload, ...optionalText(value.text) };
    }
    default:
      return fallback;
  }
}

function optionalText(value: unknown): { text?: string } {
  const found = text(value);
  return found === undefined ? {} : { text: found };
}

function optionalAlt(value: unknown): { alt?: string } {
  const found = text(value);
  return found === undefined ? {} : { alt: found };
}

/** Reads one stored message (`{ id, seq, direction, author, content, createdAt }`), or null. */
export function parseMessage(value: unknown): ChatMessage | null {
  if (!isObject(value)) return null;
  const id = text(value.id);
  const seq = value.seq;
  if (id === undefined || typeof seq !== 'number') return null;
  return {
    id,
    seq,
    direction: value.direction === 'in' ? 'in' : 'out',
    author: text(value.author) ?? 'bot',
    content: parseContent(value.content),
    createdAt: text(value.createdAt) ?? new Date().toISOString(),
  };
}

/** Reads a list of stored messages, dropping what is not one. */
export function parseMessages(value: unknown): ChatMessage[] {
  if (!Array.isArray(value)) return [];
  return value.map(parseMessage).filter((item): item is ChatMessage => item !== null);
}

/** The words a message stands for, e.g. for a customer's button press or a screen reader. */
export function messageText(content: ChatContent): string {
  switch (content.type) {
    case 'text':
      return content.text;
    case 'button':
      return content.text ?? content.payload;
    case 'unknown':
      return content.text ?? '';
    case 'image':
      return content.alt ?? '';
    case 'card':
      return content.card.title;
    case 'carousel':
      return content.cards.map((item) => item.title).join(', ');
    case 'handoff':
    case 'end':
      return '';
  }
}
