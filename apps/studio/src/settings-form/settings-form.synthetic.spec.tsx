import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { FieldIssue } from './settings-issues';
import { FormHarness } from './testing/form-harness';
import { renderInStudio } from './testing/render-in-studio';

/** Every widget, some hinted and some inferred from the zod type alone. */
const syntheticSchema = z.object({
  title: z
    .string()
    .min(1)
    .meta({ label: { en: 'Title', zh: '标题' }, widget: 'text' }),
  count: z
    .number()
    .int()
    .min(1)
    .max(5)
    .default(2)
    .meta({ label: { en: 'Count', zh: '数量' } }),
  enabled: z.boolean().default(true),
  colour: z.enum(['red', 'green']).optional(),
  tags: z.array(z.string().min(1)).default([]),
  target: z
    .string()
    .optional()
    .meta({ label: { en: 'Target flow', zh: '目标流程' }, widget: 'flow' }),
  token: z.string().optional().meta({ widget: 'secret' }),
  params: z
    .record(z.string(), z.string().meta({ widget: 'expression' }))
    .default({})
    .meta({ widget: 'key-value' }),
  nested: z.object({ inner: z.string().meta({ widget: 'textarea' }) }).optional(),
  notes: z.string().optional().meta({ widget: 'textarea', section: 'advanced' }),
});

function renderSynthetic(options: { language?: 'en' | 'zh-CN'; extraIssues?: FieldIssue[] } = {}) {
  const user = userEvent.setup();
  let latest: Record<string, unknown> = { title: 'Hello' };
  renderInStudio(
    <FormHarness
      schema={syntheticSchema}
      initial={latest}
      extraIssues={options.extraIssues}
      onData={(value) => {
        latest = value;
      }}
    />,
    options.language,
  );
  return { user, data: () => latest };
}

const field = (path: string) => screen.getByTestId(`field-${path}`);

describe('SettingsForm over a synthetic schema', () => {
  it('draws the widget each field calls for, hinted or inferred', () => {
    renderSynthetic();
    expect(field('title').tagName).toBe('INPUT');
    expect(screen.getByLabelText(/^Title/)).toBe(field('title'));
    expect(field('count')).toHaveAttribute('placeholder', '2');
    expect(screen.getByRole('switch', { name: 'enabled' })).toBeChecked();
    expect(field('colour')).toHaveAttribute('aria-haspopup', 'listbox');
    expect(field('tags').tagName).toBe('INPUT');
    expect(field('target')).toHaveAttribute('aria-haspopup', 'listbox');
    expect(field('token').tagName).toBe('INPUT');
    expect(screen.getByTestId('field-params-add')).toBeInTheDocument();
    expect(screen.getByTestId('field-nested-add')).toBeInTheDocument();
    expect(screen.getByTestId('section-advanced')).toBeInTheDocument();
  });

  it('turns edits into settings data, leaving out what was cleared', async () => {
    const { user, data } = renderSynthetic();
    await user.type(field('count'), '4');
    await user.click(screen.getByRole('switch', { name: 'enabled' }));
    await user.type(field('tags'), 'vip{Enter}');
    await user.click(field('target'));
    await user.click(await screen.findByRole('option', { name: 'Returns' }));
    await user.type(field('token'), 'CRM');
    await user.click(screen.getByTestId('field-nested-add'));
    await user.type(field('nested.inner'), 'deep');
    expect(data()).toEqual({
      title: 'Hello',
      count: 4,
      enabled: false,
      tags: ['vip'],
      target: 'returns',
      token: 'CRM',
      nested: { inner: 'deep' },
    });
    await user.clear(field('token'));
    expect(data()).not.toHaveProperty('token');
  });

  it('edits named values: renames keep the value, each value has its own widget', async () => {
    const { user, data } = renderSynthetic();
    await user.click(screen.getByTestId('field-params-add'));
    await user.clear(screen.getByTestId('field-params-key-0'));
    await user.type(screen.getByTestId('field-params-key-0'), 'orderId');
    await user.type(field('params.orderId'), 'vars.order');
    expect(data().params).toEqual({ orderId: 'vars.order' });
  });

  it('marks invalid input at once: empty required text and a number out of range', async () => {
    const { user } = renderSynthetic();
    await user.clear(field('title'));
    expect(field('title')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('field-title-error')).toHaveTextContent('Must not be empty');
    await user.type(field('count'), '9');
    expect(screen.getByTestId('field-count-error')).toHaveTextContent('Must be at most 5');
  });

  it('shows problems found outside the schema at their field', () => {
    renderSynthetic({ extraIssues: [{ path: ['title'], message: 'Used twice in this bot' }] });
    expect(screen.getByTestId('field-title-error')).toHaveTextContent('Used twice in this bot');
  });

  it('speaks Chinese: labels, sections and messages', async () => {
    const { user } = renderSynthetic({ language: 'zh-CN' });
    expect(screen.getByLabelText(/^标题/)).toBe(field('title'));
    expect(screen.getByTestId('section-advanced')).toHaveTextContent('高级');
    await user.clear(field('title'));
    expect(screen.getByTestId('field-title-error')).toHaveTextContent('不能为空');
  });
});
