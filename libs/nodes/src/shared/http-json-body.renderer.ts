import {
  placeholderText,
  shortReason,
  typedJson,
  type HttpRendered,
  type PlaceholderPart,
} from './http-placeholders';

/** Where the analyst's JSON text stands when a placeholder comes. */
interface JsonLexState {
  inString: boolean;
  /** The previous character inside the string was an unpaired backslash. */
  escaped: boolean;
}

/**
 * A JSON request body. The analyst's text is read as JSON text to know where each
 * placeholder stands:
 *
 * - inside a string literal (`"to": "{{ vars.payee }}"`), the value's text is
 *   JSON-string-escaped, so a customer's `", "amount": 1000000, "x": "` stays
 *   inside that string;
 * - elsewhere (`"amount": {{ vars.amount }}`), the value goes in as a JSON literal
 *   (`JSON.stringify`), so numbers, booleans, null, objects and arrays stay typed
 *   and a string can never become more than one string.
 *
 * The result must parse as JSON; otherwise the request is not sent.
 *
 * @example
 * renderJsonBody(parts of '{"amount": {{ vars.amount }}, "to": "{{ vars.payee }}"}')
 * // amount = 100, payee = 'Ann "A"' → '{"amount": 100, "to": "Ann \"A\""}'
 */
export function renderJsonBody(parts: readonly PlaceholderPart[]): HttpRendered {
  const state: JsonLexState = { inString: false, escaped: false };
  let text = '';
  for (const part of parts) {
    if (part.kind === 'text') {
      text += part.text;
      advance(state, part.text);
      continue;
    }
    if (state.inString && state.escaped) {
      // `"\{{ x }}"`: the backslash would escape the value's first character (a `\`
      // turning the value's escaped quote into a real one); refuse the template.
      return invalid(`the placeholder {{ ${part.source} }} follows a backslash inside a string`);
    }
    text += state.inString
      ? JSON.stringify(placeholderText(part.value)).slice(1, -1)
      : typedJson(part.value);
  }
  try {
    JSON.parse(text);
  } catch (error) {
    return invalid(error instanceof Error ? error.message : 'unreadable JSON');
  }
  return { ok: true, text };
}

/** Moves the lexer over the analyst's text: only string boundaries matter. */
function advance(state: JsonLexState, text: string): void {
  for (const ch of text) {
    if (!state.inString) {
      if (ch === '"') state.inString = true;
    } else if (state.escaped) {
      state.escaped = false;
    } else if (ch === '\\') {
      state.escaped = true;
    } else if (ch === '"') {
      state.inString = false;
    }
  }
}

function invalid(detail: string): HttpRendered {
  return {
    ok: false,
    reason: `request body is not valid JSON after filling placeholders: ${shortReason(detail)}`,
  };
}
