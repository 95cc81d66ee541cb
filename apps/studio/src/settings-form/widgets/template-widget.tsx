import { Tabs, Textarea } from '@mantine/core';
import { checkTemplate } from '@parley/flow';
import { useState, type ReactNode } from 'react';
import { useFormContext } from '../form-context';
import { variantOf, withVariant } from '../localized-text';
import { isPlainObject, pathKey } from '../value-path';
import type { WidgetProps } from '../widget-props';

/**
 * Text the customer reads, with `{{ expression }}` placeholders: one tab per
 * language of the bot. Placeholders are checked as they are typed; a language
 * still without its own text is marked on its tab.
 */
export function TemplateWidget(props: WidgetProps) {
  const { bot, issues, t } = useFormContext();
  const { value, testId, path, model } = props;
  const locales = bot.locales.length > 0 ? bot.locales : [bot.defaultLocale];
  const [active, setActive] = useState(
    locales.includes(bot.defaultLocale) ? bot.defaultLocale : (locales[0] ?? 'en'),
  );
  const text = variantOf(value, active, bot);
  const check = text === '' ? null : checkTemplate(text);
  const error =
    props.error ??
    issues.get(pathKey([...path, active]))?.join(' · ') ??
    (check && !check.ok ? t('field.templateError', { message: check.message ?? '' }) : undefined);
  const shared = typeof value === 'string' && active !== bot.defaultLocale;
  const change = (next: string) => {
    const updated = withVariant(value, active, next, bot);
    const canLeaveOut = model.optional || model.defaultValue !== undefined;
    props.onChange(updated === undefined && !canLeaveOut ? '' : updated);
  };
  const withTabs = (input: ReactNode) => (
    <>
      <Tabs value={active} onChange={(tab) => tab !== null && setActive(tab)} variant="outline">
        <Tabs.List>
          {locales.map((locale) => {
            // Only variants that exist can lack a language; an empty template is marked as a whole.
            const missing = isPlainObject(value) && variantOf(value, locale, bot) === '';
            return (
              <Tabs.Tab
                key={locale}
                value={locale}
                c={missing ? 'orange' : undefined}
                title={missing ? t('field.missingTranslation') : undefined}
                data-testid={`${testId}-tab-${locale}`}
              >
                {locale}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
      </Tabs>
      {input}
    </>
  );
  return (
    <Textarea
      label={props.label}
      description={props.description}
      error={error}
      withAsterisk={props.required}
      value={text}
      placeholder={
        shared ? t('field.sameInEveryLanguage', { text: value }) : model.meta.placeholder
      }
      autosize
      minRows={2}
      maxRows={10}
      data-testid={testId}
      errorProps={{ 'data-testid': `${testId}-error` }}
      inputContainer={locales.length > 1 ? withTabs : undefined}
      onChange={(e) => change(e.currentTarget.value)}
    />
  );
}
