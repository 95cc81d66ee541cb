import { checkTemplate } from './template.checker';

describe('checkTemplate', () => {
  it('collects the variables of every placeholder', () => {
    expect(checkTemplate('Order {{ vars.order.id }} ships {{ vars.eta }}, {{ vars.eta }}')).toEqual(
      {
        ok: true,
        variables: ['eta', 'order'],
      },
    );
  });

  it('places an expression error in the whole template', () => {
    const result = checkTemplate('Hi {{ vars. }}');
    expect(result).toEqual({
      ok: false,
      message: 'In {{ vars. }} at character 11: Unexpected end of expression',
      position: 11,
      variables: [],
    });
  });

  it('passes on template errors', () => {
    expect(checkTemplate('Hi {{ vars.name')).toMatchObject({ ok: false, position: 4 });
  });
});
