import { describe, expect, it } from 'vitest';
import { emptyMessage, emptyTestForm, emptyTurn, toTestForm } from './test-form-model';
import { formToTest } from './test-form-validation';

function validForm() {
  const form = emptyTestForm('greets and finds an order');
  const opening = form.turns[0]!;
  opening.messages = [{ ...emptyMessage(), value: 'Hi! What is your order number?' }];
  const say = emptyTurn('say');
  say.value = 'AB123456';
  say.ports = '{ "lookup": { "http": { "status": 200, "body": { "status": "shipped" } } } }';
  say.messages = [
    { ...emptyMessage(), match: 'contains', value: 'has shipped' },
    { ...emptyMessage(), match: 'text', value: 'Anything else?', buttons: ['Yes', 'No'] },
  ];
  say.node = 'anything-else';
  say.vars = '{ "orderId": "AB123456" }';
  say.ended = 'resolved';
  say.handedOff = 'false';
  form.turns.push(say);
  return form;
}

describe('the test editor’s validation', () => {
  it('turns a valid form into the stored test the runner reads', () => {
    const result = formToTest(validForm(), []);
    expect(result).toEqual({
      ok: true,
      test: {
        name: 'greets and finds an order',
        turns: [
          { expect: { messages: ['Hi! What is your order number?'] } },
          {
            say: 'AB123456',
            ports: { lookup: { http: { status: 200, body: { status: 'shipped' } } } },
            expect: {
              messages: [
                { contains: 'has shipped' },
                { text: 'Anything else?', buttons: ['Yes', 'No'] },
              ],
              node: 'anything-else',
              vars: { orderId: 'AB123456' },
              ended: 'resolved',
              handedOff: false,
            },
          },
        ],
      },
    });
  });

  it('reads a stored test back into the same form', () => {
    const result = formToTest(validForm(), []);
    if (!result.ok) throw new Error('expected a valid form');
    const again = formToTest(toTestForm(result.test), []);
    expect(again).toEqual(result);
  });

  it('names each field that is wrong', () => {
    const form = validForm();
    form.name = '  ';
    form.contact = '{ firstName: Ada }';
    const say = form.turns[1]!;
    say.value = '';
    say.ports = '[1, 2]';
    say.messages[1] = { ...emptyMessage(), match: 'regex', value: '(unclosed' };
    const result = formToTest(form, []);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({
      name: { key: 'errors.nameRequired' },
      contact: { key: 'errors.json' },
      'turns.1.value': { key: 'errors.sayRequired' },
      'turns.1.ports': { key: 'errors.jsonObject' },
      'turns.1.messages.1': {
        key: 'errors.invalid',
        fallback: 'is not a valid regular expression',
      },
    });
  });

  it('refuses a name another test has, an empty message, and an opening that is not first', () => {
    const form = validForm();
    form.turns[1]!.messages.push(emptyMessage());
    form.turns.push(emptyTurn('opening'));
    const result = formToTest(form, ['greets and finds an order']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({
      name: { key: 'errors.nameTaken' },
      'turns.1.messages.2': { key: 'errors.messageEmpty' },
      'turns.2.action': { key: 'errors.openingFirst' },
    });
  });

  it('checks only buttons when asked, and an empty list means the bot says nothing', () => {
    const form = emptyTestForm('buttons');
    form.turns[0]!.messages = [{ ...emptyMessage(), match: 'none', buttons: ['Yes'] }];
    const quiet = emptyTurn('press');
    quiet.value = 'yes';
    quiet.messages = [];
    form.turns.push(quiet);
    const result = formToTest(form, []);
    expect(result.ok && result.test.turns).toEqual([
      { expect: { messages: [{ buttons: ['Yes'] }] } },
      { press: 'yes', expect: { messages: [] } },
    ]);
  });
});
