import { validateSample, withCode } from '../../testing/validate-sample';

describe('localesCheck', () => {
  it('reports a default locale that is not among the locales', () => {
    const problems = validateSample((bot) => {
      bot.defaultLocale = 'fr';
    });
    expect(withCode(problems, 'unknown-locale')).toEqual([
      {
        code: 'unknown-locale',
        severity: 'error',
        path: ['defaultLocale'],
        message:
          'The default language "fr" is not among the bot\'s languages ("en" and "zh-CN"); add it to the ' +
          'languages or pick one of them.',
      },
    ]);
  });

  it('reports per-locale texts in languages the bot does not have', () => {
    const problems = validateSample((bot) => {
      bot.settings = { fallbackMessage: { en: 'Sorry', zh: '抱歉' } };
      const intent = bot.intents?.[0];
      if (intent !== undefined) intent.utterances = { en: ['where'], 'zh-TW': ['哪裡'] };
      bot.entities = [
        { kind: 'list', name: 'colour', values: [{ value: 'red', synonyms: { de: ['rot'] } }] },
      ];
    });
    expect(withCode(problems, 'unknown-locale').map((p) => p.path)).toEqual([
      ['settings', 'fallbackMessage', 'zh'],
      ['intents', 0, 'utterances', 'zh-TW'],
      ['entities', 0, 'values', 0, 'synonyms', 'de'],
    ]);
    expect(withCode(problems, 'unknown-locale')[0]?.message).toBe(
      'The fallback message (settings.fallbackMessage) has a "zh" variant, but the bot\'s languages are "en" and "zh-CN".',
    );
  });

  it('accepts the built-in bilingual fallback message in an English-only bot', () => {
    const problems = validateSample((bot) => {
      bot.locales = ['en'];
      delete bot.settings;
      bot.intents = [];
      bot.flows[0]?.nodes.splice(1, 1, {
        id: 'welcome',
        type: 'message',
        position: { x: 0, y: 0 },
        data: { text: 'Hi' },
      });
      bot.flows[0]?.nodes.splice(2, 1, {
        id: 'classify',
        type: 'message',
        position: { x: 0, y: 0 },
        data: { text: 'Ok' },
      });
    });
    expect(withCode(problems, 'unknown-locale')).toEqual([]);
  });

  it('reports template variants of node settings in unknown languages', () => {
    const problems = validateSample((bot) => {
      const welcome = bot.flows[0]?.nodes[1];
      if (welcome !== undefined) welcome.data = { text: { en: 'Hi', ja: 'こんにちは' } };
    });
    expect(withCode(problems, 'unknown-locale')).toEqual([
      expect.objectContaining({
        flowId: 'main',
        nodeId: 'welcome',
        path: ['flows', 0, 'nodes', 1, 'data', 'text', 'ja'],
        message:
          'Node "welcome" (message) in flow "main", field "Text" (text), has a "ja" variant, but the bot\'s ' +
          'languages are "en" and "zh-CN".',
      }),
    ]);
  });
});
