/// <reference types="jest" />
import { llmCompletionSchema, type LlmMessage, type LlmPort } from '../llm.port';
import {
  CONTRACT_TEST_TIMEOUT_MS,
  expectPortError,
  expectTimeout,
  useSubject,
  type PortContractFactory,
} from './contract-support';

/** How a contract test steers the model behind an `LlmPort` (e.g. a stand-in server). */
export interface LlmContractControl {
  /** The next completion answers with this text. */
  reply(text: string): void;
  /** The next call fails: the provider is unreachable or answers 5xx, or answers something that is not a completion. */
  fail(how: 'unavailable' | 'bad-response'): void;
  /** The next call gets no answer at all. */
  hang(): void;
  /** The messages of the last request as the provider received them. */
  lastMessages(): LlmMessage[] | undefined;
}

/** Extra cases for adapters that can be built without a provider. */
export interface LlmContractOptions {
  /** The adapter as an installation without LLM settings gets it. */
  makeUnconfigured?: () => Promise<LlmPort>;
}

/**
 * The behaviour every `LlmPort` adapter must show: completions that match
 * `llmCompletionSchema`, `json` filled only for valid JSON replies to a JSON-schema
 * request, messages passed through in order, failures as `PortError`s with the right
 * code, and `timeoutMs` honoured.
 *
 * @example describeLlmPortContract('openai adapter', async () => ({ port, control, dispose }));
 */
export function describeLlmPortContract(
  name: string,
  makePort: PortContractFactory<LlmPort, LlmContractControl>,
  options: LlmContractOptions = {},
): void {
  describe(`LlmPort contract: ${name}`, () => {
    const subject = useSubject(makePort);
    const ask = (content: string): LlmMessage[] => [{ role: 'user', content }];

    it('answers with a completion matching the port schema', async () => {
      const { port, control } = subject();
      control.reply('Hello there!');
      const completion = await port.complete({ messages: ask('Hi'), timeoutMs: 5_000 });
      expect(llmCompletionSchema.parse(completion)).toEqual(completion);
      expect(completion.text).toBe('Hello there!');
      expect(completion.finishReason).toBe('stop');
    });

    it('passes the messages through in order, roles intact', async () => {
      const { port, control } = subject();
      control.reply('ok');
      const messages: LlmMessage[] = [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Where is my order?' },
        { role: 'assistant', content: 'Which order?' },
        { role: 'user', content: 'A-1001' },
      ];
      await port.complete({ messages, temperature: 0.2, maxTokens: 64, timeoutMs: 5_000 });
      expect(control.lastMessages()).toEqual(messages);
    });

    it('gives the parsed reply as json when a JSON schema was asked for', async () => {
      const { port, control } = subject();
      control.reply('{"city":"Paris","nights":3}');
      const jsonSchema = {
        type: 'object',
        properties: { city: { type: 'string' }, nights: { type: 'number' } },
      };
      const completion = await port.complete({
        messages: ask('Book Paris for 3 nights'),
        jsonSchema,
        timeoutMs: 5_000,
      });
      expect(completion.json).toEqual({ city: 'Paris', nights: 3 });
    });

    it('leaves json out when the reply is not JSON', async () => {
      const { port, control } = subject();
      control.reply('Sorry, I cannot do that.');
      const completion = await port.complete({
        messages: ask('Extract'),
        jsonSchema: { type: 'object' },
        timeoutMs: 5_000,
      });
      expect(completion.json).toBeUndefined();
      expect(completion.text).toBe('Sorry, I cannot do that.');
    });

    it.each(['unavailable', 'bad-response'] as const)(
      'fails as PortError(llm, %s)',
      async (how) => {
        const { port, control } = subject();
        control.fail(how);
        await expectPortError(port.complete({ messages: ask('Hi'), timeoutMs: 5_000 }), 'llm', how);
      },
    );

    it(
      'honours timeoutMs',
      async () => {
        const { port, control } = subject();
        control.hang();
        await expectTimeout(
          () => port.complete({ messages: ask('Hi'), timeoutMs: 300 }),
          'llm',
          300,
        );
      },
      CONTRACT_TEST_TIMEOUT_MS,
    );

    const makeUnconfigured = options.makeUnconfigured;
    if (makeUnconfigured !== undefined) {
      it('fails as PortError(llm, not-configured) without provider settings', async () => {
        const port = await makeUnconfigured();
        await expectPortError(
          port.complete({ messages: ask('Hi'), timeoutMs: 5_000 }),
          'llm',
          'not-configured',
        );
      });
    }
  });
}
