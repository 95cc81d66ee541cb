/**
 * `$toMillis(timestamp, picture)` turns the picture into one regular expression, a group
 * per marker (`[0-9]+`, `[a-zA-Z]+`, word lists…), and runs it over the timestamp. When
 * neighbouring markers can match the same characters as the text between them, the regex
 * backtracks polynomially in the timestamp length to the power of the marker count:
 * `[Y]1[M]1[D]1[H]…` over 63 digits ran for minutes. A native regex cannot be interrupted,
 * so pictures are checked before jsonata sees them.
 */
const limits = { timestamp: 64, picture: 128, markers: 10 } as const;

/** Why `$toMillis` refuses these arguments, or `undefined` when they are safe to parse. */
export function toMillisRefusal(
  timestamp: string,
  picture: string | undefined,
): string | undefined {
  if (timestamp.length > limits.timestamp) {
    return `$toMillis accepts timestamps of at most ${limits.timestamp} characters`;
  }
  if (picture === undefined) {
    // Without a picture jsonata uses one fixed, linear ISO 8601 regex.
    return undefined;
  }
  if (picture.length > limits.picture) {
    return `$toMillis accepts pictures of at most ${limits.picture} characters`;
  }
  const parts = splitPicture(picture);
  const markers = parts.filter((part) => part.marker);
  if (markers.length > limits.markers) {
    return `$toMillis accepts pictures with at most ${limits.markers} [markers]`;
  }
  for (let i = 0; i + 1 < parts.length; i += 1) {
    const left = parts[i];
    const between = parts[i + 1];
    const right = parts[i + 2];
    if (left?.marker && between?.marker) {
      // Adjacent markers: jsonata fixes the left one's width only for decimal numbers.
      if (markerChars(left.text) !== digits) {
        return `$toMillis picture markers [${left.text}][${between.text}] need a separator between them`;
      }
    } else if (left?.marker && between && !between.marker && right?.marker) {
      if (!pins(between.text, markerChars(left.text), markerChars(right.text))) {
        return `$toMillis picture: "${between.text}" between [${left.text}] and [${right.text}] must contain a character neither marker can match`;
      }
    }
  }
  return undefined;
}

interface PicturePart {
  marker: boolean;
  text: string;
}

/** Literal text and `[marker]` contents; `[[` and `]]` are literal brackets. */
function splitPicture(picture: string): PicturePart[] {
  const parts: PicturePart[] = [];
  let literal = '';
  for (let i = 0; i < picture.length; i += 1) {
    const char = picture[i];
    if ((char === '[' || char === ']') && picture[i + 1] === char) {
      literal += char;
      i += 1;
    } else if (char === '[') {
      const end = picture.indexOf(']', i);
      const close = end < 0 ? picture.length : end;
      if (literal !== '') parts.push({ marker: false, text: literal });
      literal = '';
      parts.push({ marker: true, text: picture.slice(i + 1, close).replace(/\s/g, '') });
      i = close;
    } else {
      literal += char;
    }
  }
  if (literal !== '') parts.push({ marker: false, text: literal });
  return parts;
}

const digits = /[0-9]/;
const letters = /[A-Za-z]/;
const alphanumeric = /[0-9A-Za-z]/;
const words = /[A-Za-z ,-]/;
const anything = /[^]/;

/** The characters the regex jsonata builds for a marker can match (a superset). */
function markerChars(marker: string): RegExp {
  const [head = ''] = marker.split(',');
  const component = head.charAt(0);
  const presentation = head.slice(1);
  if (component === 'Z' || component === 'z') {
    const extra = presentation.replace(/[0-9A-Za-z]/g, '');
    return new RegExp(`[0-9A-Za-z+\\-:${extra.replace(/[\\\]^-]/g, '\\$&')}]`);
  }
  if (/[wW]/.test(presentation)) return words;
  if (/[nNaAiI]/.test(presentation)) return letters;
  if (presentation === '' && 'FPEC'.includes(component)) return letters;
  if (/o/.test(presentation)) return alphanumeric;
  if (/^[0-9#]*$/.test(presentation)) return digits;
  return anything;
}

/** True when some character of the literal can be matched by neither neighbour. */
function pins(literal: string, left: RegExp, right: RegExp): boolean {
  return [...literal].some((char) => !left.test(char) && !right.test(char));
}
