import {
  askDefinition,
  askSettingsSchema,
  conditionDefinition,
  conditionSettingsSchema,
  lookupSettingsSchema,
  messageSettingsSchema,
} from '@parley/nodes';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { FormHarness } from './testing/form-harness';
import { renderInStudio } from './testing/render-in-studio';

function renderForm(schema: z.core.$ZodType, initial: Record<string, unknown>) {
  const user = userEvent.setup();
  let latest = initial;
  renderInStudio(
    <FormHarness
      schema={schema}
      initial={initial}
      onData={(value) => {
        latest = value;
      }}
    />,
  );
  return { user, data: () => latest };
}

const field = (path: string) => screen.getByTestId(`field-${path}`);
const errorOf = (path: string) => screen.getByTestId(`field-${path}-error`);

describe('SettingsForm over the ask schema', () => {
  const initial = { question: { en: 'Your order number?' }, variable: 'orderId' };

  it('draws a template with a tab per bot language, a variable picker, a select and a list', () => {
    renderForm(askSettingsSchema, initial);
    expect(field('question').tagName).toBe('TEXTAREA');
    expect(field('question')).toHaveValue('Your order number?');
    expect(screen.getByTestId('field-question-tab-en')).toBeInTheDocument();
    expect(screen.getByTestId('field-question-tab-zh-CN')).toBeInTheDocument();
    expect(field('variable')).toHaveValue('orderId');
    expect(field('type')).toHaveValue('Text');
    expect(screen.getByTestId('field-choices-add')).toBeInTheDocument();
    expect(screen.getByTestId('section-advanced')).toHaveAttribute('aria-expanded', 'false');
  });

  it('writes a second language as a variant of its own', async () => {
    const { user, data } = renderForm(askSettingsSchema, initial);
    await user.click(screen.getByTestId('field-question-tab-zh-CN'));
    expect(field('question')).toHaveValue('');
    await user.type(field('question'), '您的订单号？');
    expect(data().question).toEqual({ en: 'Your order number?', 'zh-CN': '您的订单号？' });
  });

  it('marks an emptied question and a variable name that is not an identifier at once', async () => {
    const { user, data } = renderForm(askSettingsSchema, initial);
    await user.clear(field('question'));
    expect(field('question')).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf('question')).toHaveTextContent('Write some text');
    expect(data().question).toBe('');

    await user.clear(field('variable'));
    await user.type(field('variable'), '1st');
    expect(field('variable')).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf('variable')).toHaveTextContent('must start with a letter');
  });

  it('picks an answer type and edits an advanced number, marking it when out of range', async () => {
    const { user, data } = renderForm(askSettingsSchema, initial);
    await user.click(field('type'));
    await user.click(await screen.findByRole('option', { name: 'Number' }));
    expect(data().type).toBe('number');

    await user.click(screen.getByTestId('section-advanced'));
    await user.type(field('maxTries'), '12');
    expect(data().maxTries).toBe(12);
    expect(errorOf('maxTries')).toHaveTextContent('Must be at most 10');
  });

  it('accepts the kind defaults without marking anything', () => {
    renderForm(askSettingsSchema, askDefinition.defaults('en'));
    expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
  });
});

describe('SettingsForm over the condition schema', () => {
  const initial = conditionDefinition.defaults('en');

  it('checks an expression as it is typed', async () => {
    const { user } = renderForm(conditionSettingsSchema, initial);
    await user.clear(field('branches.0.when'));
    await user.type(field('branches.0.when'), 'vars.total >');
    expect(field('branches.0.when')).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf('branches.0.when')).toHaveTextContent('Expression error');
    await user.type(field('branches.0.when'), ' 100');
    expect(field('branches.0.when')).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('adds a branch with the next id and marks what it still lacks', async () => {
    const { user, data } = renderForm(conditionSettingsSchema, initial);
    await user.click(screen.getByTestId('field-branches-add'));
    expect(data().branches).toEqual([
      { id: 'branch-1', label: 'Branch 1', when: 'true' },
      { id: 'branch-2', label: '', when: '' },
    ]);
    expect(field('branches.1.label')).toHaveAttribute('aria-invalid', 'true');
    expect(field('branches.1.when')).toHaveAttribute('aria-invalid', 'true');
  });

  it('marks a repeated branch id on the repeat', async () => {
    const { user } = renderForm(conditionSettingsSchema, {
      branches: [
        { id: 'gold', label: 'Gold', when: 'vars.tier = "gold"' },
        { id: 'silver', label: 'Silver', when: 'true' },
      ],
    });
    await user.clear(field('branches.1.id'));
    await user.type(field('branches.1.id'), 'gold');
    expect(errorOf('branches.1.id')).toHaveTextContent('used more than once');
    expect(field('branches.0.id')).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('reorders and removes branches, and marks an empty list', async () => {
    const { user, data } = renderForm(conditionSettingsSchema, {
      branches: [
        { id: 'a', label: 'A', when: 'true' },
        { id: 'b', label: 'B', when: 'false' },
      ],
    });
    await user.click(screen.getByTestId('field-branches.1-up'));
    expect((data().branches as { id: string }[]).map((b) => b.id)).toEqual(['b', 'a']);
    await user.click(screen.getByTestId('field-branches.0-remove'));
    await user.click(screen.getByTestId('field-branches.0-remove'));
    expect(data().branches).toEqual([]);
    expect(errorOf('branches')).toHaveTextContent('Add at least 1');
  });
});

describe('SettingsForm over the message schema', () => {
  it('marks the text when the message would be empty (a rule over the whole settings)', async () => {
    const { user, data } = renderForm(messageSettingsSchema, { text: 'Hello' });
    await user.clear(field('text'));
    expect(data()).toEqual({});
    expect(errorOf('text')).toHaveTextContent('A message needs text');
  });

  it('adds buttons as cards of their own fields', async () => {
    const { user, data } = renderForm(messageSettingsSchema, { text: 'Pick one' });
    await user.click(screen.getByTestId('field-buttons-add'));
    expect(data().buttons).toEqual([{ id: 'button-1', label: '' }]);
    const card = screen.getByTestId('field-buttons.0');
    expect(within(card).getByTestId('field-buttons.0.label')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    fireEvent.change(field('buttons.0.label'), { target: { value: 'Track {{ vars.orderId }}' } });
    expect(data().buttons).toEqual([{ id: 'button-1', label: 'Track {{ vars.orderId }}' }]);
    expect(field('buttons.0.label')).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('checks template placeholders as they are typed', () => {
    renderForm(messageSettingsSchema, { text: 'Hello' });
    fireEvent.change(field('text'), { target: { value: 'Hello {{ vars. }}' } });
    expect(errorOf('text')).toHaveTextContent('Placeholder error');
  });
});

describe('SettingsForm over the lookup schema', () => {
  it('offers an optional group, marks it when a rule needs it, and fills it in', async () => {
    const { user, data } = renderForm(lookupSettingsSchema, {});
    expect(field('source')).toHaveValue('HTTP request');
    expect(errorOf('http')).toHaveTextContent('An HTTP lookup needs a request');

    await user.click(screen.getByTestId('field-http-add'));
    expect(data().http).toEqual({ url: '' });
    expect(field('http.url')).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(field('http.url'), {
      target: { value: 'https://crm.test/orders/{{ vars.orderId }}' },
    });
    await user.type(field('http.secret'), 'CRM_TOKEN');
    expect(data().http).toEqual({
      url: 'https://crm.test/orders/{{ vars.orderId }}',
      secret: 'CRM_TOKEN',
    });
    expect(screen.queryByTestId('field-http-error')).not.toBeInTheDocument();
  });

  it('maps response values into variables through a list of pairs', async () => {
    const { user, data } = renderForm(lookupSettingsSchema, { http: { url: 'https://crm.test' } });
    await user.click(screen.getByTestId('field-mappings-add'));
    expect(errorOf('mappings.0.variable')).toHaveTextContent('Must not be empty');
    await user.type(field('mappings.0.variable'), 'orderId');
    await user.type(field('mappings.0.value'), 'response.body.id');
    expect(data().mappings).toEqual([{ variable: 'orderId', value: 'response.body.id' }]);
  });
});
