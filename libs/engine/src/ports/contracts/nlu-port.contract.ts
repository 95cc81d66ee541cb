/// <reference types="jest" />
import { nluClassificationSchema, nluSentimentSchema, type NluPort } from '../nlu.port';
import { expectPortError, useSubject, type PortContractFactory } from './contract-support';

/**
 * What the NLU under test was set up with (a bot's intents and entities), and what
 * it should therefore recognise.
 */
export interface NluContractControl {
  locale: string;
  /** An utterance of a trained intent. */
  example: { text: string; intent: string };
  /** Another intent of the same bot. */
  otherIntent: string;
  /** A message containing an entity the NLU knows (a system or declared one). */
  entity: { text: string; entity: string };
  /** Clearly positive and clearly negative customer messages. */
  positive: string;
  negative: string;
  /** The next call fails as if the NLU backend were down (required unless `canFail: false`). */
  fail?: () => void;
}

/**
 * The behaviour every `NluPort` adapter must show: classifications and sentiment
 * matching their schemas, the trained intent recognised, `intents` restricting the
 * answer, entity spans that point into the text, deterministic answers (replays and
 * conversation tests depend on it), and failures as `PortError(nlu, …)`.
 */
export function describeNluPortContract(
  name: string,
  makePort: PortContractFactory<NluPort, NluContractControl>,
  options: { canFail?: boolean } = {},
): void {
  describe(`NluPort contract: ${name}`, () => {
    const subject = useSubject(makePort);

    it('recognises a trained utterance, with a valid, ordered ranking', async () => {
      const { port, control } = subject();
      const result = await port.classify({ text: control.example.text, locale: control.locale });
      expect(nluClassificationSchema.parse(result)).toEqual(result);
      expect(result.intent).toBe(control.example.intent);
      expect(result.confidence).toBeGreaterThan(0);
      const confidences = result.ranking.map((entry) => entry.confidence);
      expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    });

    it('only answers with the intents it was restricted to', async () => {
      const { port, control } = subject();
      const result = await port.classify({
        text: control.example.text,
        locale: control.locale,
        intents: [control.otherIntent],
      });
      expect([null, control.otherIntent]).toContain(result.intent);
      for (const entry of result.ranking) expect(entry.intent).toBe(control.otherIntent);
    });

    it('finds entities with spans pointing into the text', async () => {
      const { port, control } = subject();
      const { text, entity } = control.entity;
      const result = await port.classify({ text, locale: control.locale });
      expect(result.entities.map((match) => match.entity)).toContain(entity);
      for (const match of result.entities) {
        expect(match.start).toBeGreaterThanOrEqual(0);
        expect(match.end).toBeGreaterThan(match.start);
        expect(match.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(match.start, match.end)).toBe(match.text);
      }
    });

    it('answers the same input the same way', async () => {
      const { port, control } = subject();
      const input = { text: control.example.text, locale: control.locale };
      expect(await port.classify(input)).toEqual(await port.classify(input));
    });

    it('scores sentiment from -1 to 1, positive above negative', async () => {
      const { port, control } = subject();
      const positive = await port.sentiment({ texts: [control.positive], locale: control.locale });
      const negative = await port.sentiment({ texts: [control.negative], locale: control.locale });
      const nothing = await port.sentiment({ texts: [], locale: control.locale });
      for (const score of [positive, negative, nothing])
        expect(nluSentimentSchema.parse(score)).toEqual(score);
      expect(positive.score).toBeGreaterThan(negative.score);
    });

    // An embedded NLU has no backend to lose: such adapters pass `canFail: false`.
    if (options.canFail !== false) {
      it('fails as PortError(nlu, unavailable) when its backend fails', async () => {
        const { port, control } = subject();
        if (control.fail === undefined)
          throw new Error('control.fail is required unless canFail is false');
        control.fail();
        await expectPortError(
          port.classify({ text: control.example.text, locale: control.locale }),
          'nlu',
          'unavailable',
        );
      });
    }
  });
}
