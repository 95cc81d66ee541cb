import fc from 'fast-check';
import { parseTemplate } from './template.parser';

describe('parseTemplate', () => {
  it('splits text and placeholders, with offsets of each trimmed expression', () => {
    const text = 'Hi {{ vars.name }}, order {{vars.order.id}}!';
    expect(parseTemplate(text)).toEqual({
      ok: true,
      segments: [
        { kind: 'text', text: 'Hi ' },
        { kind: 'expression', source: 'vars.name', start: 6, end: 15 },
        { kind: 'text', text: ', order ' },
        { kind: 'expression', source: 'vars.order.id', start: 28, end: 41 },
        { kind: 'text', text: '!' },
      ],
    });
  });

  it('reads text without placeholders, and empty text, as plain text', () => {
    expect(parseTemplate('Just text } here')).toEqual({
      ok: true,
      segments: [{ kind: 'text', text: 'Just text } here' }],
    });
    expect(parseTemplate('')).toEqual({ ok: true, segments: [] });
  });

  it('does not close a placeholder on braces inside object constructors, strings or comments', () => {
    const text = '{{ {"a": {"b": 1}} }} and {{ "}}" & \'}}\' /* }} */ }}';
    const parsed = parseTemplate(text);
    expect(parsed.ok && parsed.segments).toEqual([
      { kind: 'expression', source: '{"a": {"b": 1}}', start: 3, end: 18 },
      { kind: 'text', text: ' and ' },
      { kind: 'expression', source: '"}}" & \'}}\' /* }} */', start: 29, end: 49 },
    ]);
  });

  it('explains an unclosed placeholder, pointing at its opening braces', () => {
    expect(parseTemplate('Hello {{ vars.name')).toEqual({
      ok: false,
      message: 'The "{{" at character 7 is never closed with "}}".',
      position: 7,
    });
  });

  it('explains an empty placeholder', () => {
    const result = parseTemplate('a {{   }} b');
    expect(result).toMatchObject({ ok: false, position: 3 });
    expect(!result.ok && result.message).toMatch(/"\{\{ \}\}" at character 3 is empty/);
  });

  it('keeps text.slice(start, end) equal to each source, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200, unit: fc.constantFrom('a', ' ', '{', '}', '"', 'v', '.') }),
        (text) => {
          const parsed = parseTemplate(text);
          if (!parsed.ok) return;
          for (const segment of parsed.segments) {
            if (segment.kind === 'expression')
              expect(text.slice(segment.start, segment.end)).toBe(segment.source);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
