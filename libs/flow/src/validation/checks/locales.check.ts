import { botSettingsSchema } from '../../document/settings.schema';
import { makeProblem } from '../../make-problem';
import type { Problem } from '../../problem';
import type { LocalizedSubject } from '../messages/validation-messages';
import type { Path, ValidationContext } from '../validation-context';

/** The built-in fallback speaks English and Chinese whatever the bot's locales. */
const defaultFallback = JSON.stringify(botSettingsSchema.parse({}).fallbackMessage);

/**
 * `unknown-locale`: the default locale must be one of the bot's locales, and every
 * per-locale text (fallback message, intent utterances, entity synonyms) may only
 * use those locales — a variant in any other language would never be said or
 * matched, which is almost always a typo such as `zh_CN` or `zh`.
 * Per-locale node settings (template fields) are checked with the other fields.
 */
export function localesCheck(context: ValidationContext): Problem[] {
  const { doc, locales, messages } = context;
  const problems: Problem[] = [];
  if (!locales.has(doc.defaultLocale)) {
    problems.push(
      makeProblem(
        'unknown-locale',
        messages.defaultLocaleNotListed(doc.defaultLocale, doc.locales),
        { path: ['defaultLocale'] },
      ),
    );
  }
  const fallback = doc.settings.fallbackMessage;
  if (typeof fallback !== 'string' && JSON.stringify(fallback) !== defaultFallback) {
    problems.push(
      ...unknownKeys(context, fallback, ['settings', 'fallbackMessage'], {
        kind: 'fallback-message',
      }),
    );
  }
  doc.intents.forEach((intent, i) => {
    const what = { kind: 'intent-utterances', intent: intent.name } as const;
    problems.push(...unknownKeys(context, intent.utterances, ['intents', i, 'utterances'], what));
  });
  doc.entities.forEach((entity, i) => {
    if (entity.kind !== 'list') return;
    entity.values.forEach((value, j) => {
      const what = { kind: 'entity-synonyms', entity: entity.name, value: value.value } as const;
      problems.push(
        ...unknownKeys(context, value.synonyms, ['entities', i, 'values', j, 'synonyms'], what),
      );
    });
  });
  return problems;
}

/**
 * One `unknown-locale` problem per key of `texts` that is not a bot language.
 * Shared with the template field rule, which passes its own location.
 */
export function unknownKeys(
  context: ValidationContext,
  texts: Readonly<Record<string, unknown>>,
  path: Path,
  what: LocalizedSubject,
  location: { flowId?: string; nodeId?: string } = {},
): Problem[] {
  return Object.keys(texts)
    .filter((locale) => !context.locales.has(locale))
    .map((locale) =>
      makeProblem(
        'unknown-locale',
        context.messages.unknownLocaleVariant(what, locale, context.doc.locales),
        { ...location, path: [...path, locale] },
      ),
    );
}
