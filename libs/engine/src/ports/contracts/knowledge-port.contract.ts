/// <reference types="jest" />
import { knowledgeSearchResultSchema, type KnowledgePort } from '../knowledge.port';
import { expectPortError, useSubject, type PortContractFactory } from './contract-support';

/** How a contract test fills the knowledge base behind a `KnowledgePort`. */
export interface KnowledgeContractControl {
  locale: string;
  /** Replaces the knowledge base's content with these passages. */
  seed(passages: { id: string; text: string; source?: string }[]): Promise<void>;
  /** The next search fails as if the index were down. */
  fail(): void;
}

const passages = [
  {
    id: 'returns',
    text: 'You can return any item within 30 days of delivery for a full refund.',
    source: 'faq/returns',
  },
  {
    id: 'shipping',
    text: 'Shipping to Europe takes 3 to 5 working days; express takes 1 to 2 days.',
  },
  { id: 'payment', text: 'We accept Visa, Mastercard, PayPal and Alipay.' },
  { id: 'warranty', text: 'Electronics carry a two-year warranty against manufacturing defects.' },
];

/**
 * The behaviour every `KnowledgePort` adapter must show: results matching the
 * schema, best passage first, `limit` and `minScore` honoured (scores 0–1), an
 * unrelated question finding nothing relevant, and failures as `PortError`s.
 */
export function describeKnowledgePortContract(
  name: string,
  makePort: PortContractFactory<KnowledgePort, KnowledgeContractControl>,
): void {
  describe(`KnowledgePort contract: ${name}`, () => {
    const subject = useSubject(makePort);
    const seeded = async () => {
      const { port, control } = subject();
      await control.seed(passages);
      return { port, locale: control.locale };
    };

    it('finds the passage that answers the question, best first', async () => {
      const { port, locale } = await seeded();
      const result = await port.search({
        query: 'How many days do I have to return an item?',
        locale,
        limit: 3,
        minScore: 0.1,
      });
      expect(knowledgeSearchResultSchema.parse(result)).toEqual(result);
      expect(result.passages[0]?.id).toBe('returns');
      expect(result.passages[0]?.source).toBe('faq/returns');
      const scores = result.passages.map((passage) => passage.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('honours limit and minScore, with scores from 0 to 1', async () => {
      const { port, locale } = await seeded();
      const result = await port.search({
        query: 'return shipping payment warranty',
        locale,
        limit: 2,
        minScore: 0,
      });
      expect(result.passages.length).toBeLessThanOrEqual(2);
      const strict = await port.search({
        query: 'return shipping payment warranty',
        locale,
        limit: 10,
        minScore: 0.6,
      });
      for (const passage of [...result.passages, ...strict.passages]) {
        expect(passage.score).toBeGreaterThanOrEqual(0);
        expect(passage.score).toBeLessThanOrEqual(1);
      }
      for (const passage of strict.passages) expect(passage.score).toBeGreaterThanOrEqual(0.6);
    });

    it('finds nothing relevant for an unrelated question', async () => {
      const { port, locale } = await seeded();
      const result = await port.search({
        query: 'zebra migration quantum chromodynamics',
        locale,
        limit: 3,
        minScore: 0.5,
      });
      expect(result.passages).toEqual([]);
    });

    it('fails as PortError(knowledge, unavailable) when the index is down', async () => {
      const { port, control } = subject();
      control.fail();
      await expectPortError(
        port.search({ query: 'returns', locale: control.locale, limit: 3, minScore: 0.3 }),
        'knowledge',
        'unavailable',
      );
    });
  });
}
