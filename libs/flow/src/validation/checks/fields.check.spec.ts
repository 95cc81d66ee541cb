import { node } from '../../testing/sample-bot';
import { flowAt, nodeById, validateSample, withCode } from '../../testing/validate-sample';

describe('fieldsCheck', () => {
  it('reports an expression that does not parse, with jsonata message and position', () => {
    const problems = validateSample((bot) => {
      nodeById(bot, 1, 'set-status').data = {
        assignments: [{ variable: 'status', value: '"shipped" &' }],
      };
    });
    expect(withCode(problems, 'expression-syntax')).toEqual([
      {
        code: 'expression-syntax',
        severity: 'error',
        flowId: 'lookup',
        nodeId: 'set-status',
        path: ['flows', 1, 'nodes', 1, 'data', 'assignments', 0, 'value'],
        message:
          'Node "set-status" (set) in flow "lookup", field "Value" (assignments[0].value): the expression does not ' +
          'parse: Unexpected end of expression (at character 11).',
      },
    ]);
  });

  it('reports templates that do not parse, per locale variant', () => {
    const problems = validateSample((bot) => {
      nodeById(bot, 0, 'welcome').data = {
        text: { en: 'Hi {{ vars.customer', 'zh-CN': '您好 {{ }}' },
      };
    });
    expect(withCode(problems, 'template-syntax')).toEqual([
      expect.objectContaining({
        nodeId: 'welcome',
        path: ['flows', 0, 'nodes', 1, 'data', 'text', 'en'],
        message:
          'Node "welcome" (message) in flow "main", field "Text" (text.en): the text does not read as a template. ' +
          'The "{{" at character 4 is never closed with "}}".',
      }),
      expect.objectContaining({ path: ['flows', 0, 'nodes', 1, 'data', 'text', 'zh-CN'] }),
    ]);
  });

  it('reports a template whose placeholder holds a bad expression', () => {
    const problems = validateSample((bot) => {
      nodeById(bot, 0, 'report').data = { text: 'Order {{ vars.order_id + }}' };
    });
    expect(withCode(problems, 'template-syntax')[0]?.message).toMatch(
      /the text does not read as a template\. In \{\{ vars\.order_id \+ \}\} at character \d+: /,
    );
  });

  it('reports reads of undeclared variables in expressions and templates, once per name', () => {
    const problems = validateSample((bot) => {
      nodeById(bot, 0, 'report').data = {
        text: 'Order {{ vars.orderId }} is {{ vars.state }} ({{ vars.orderId }})',
      };
      nodeById(bot, 0, 'check').data = {
        branches: [{ id: 'valid', label: 'Valid', when: 'vars.ok = true' }],
      };
    });
    expect(
      withCode(problems, 'undeclared-variable').map((p) => [p.nodeId, p.path.slice(4)]),
    ).toEqual([
      ['check', ['data', 'branches', 0, 'when']],
      ['report', ['data', 'text']],
      ['report', ['data', 'text']],
    ]);
    expect(withCode(problems, 'undeclared-variable')[1]?.message).toBe(
      'Node "report" (message) in flow "main", field "Text" (text): it reads vars.orderId, but no variable ' +
        '"orderId" is declared (nor is it a parameter or return value of flow "main").',
    );
  });

  it("lets a flow read its own parameters and return values, but not another flow's", () => {
    const problems = validateSample((bot) => {
      bot.variables = bot.variables?.filter((v) => v.name !== 'status' && v.name !== 'order_id');
      nodeById(bot, 1, 'set-status').data = {
        assignments: [{ variable: 'status', value: 'vars.order_id & "!"' }],
      };
    });
    // Flow "lookup" declares order_id and status; flow "main" does not, so its uses are reported.
    expect(withCode(problems, 'undeclared-variable').every((p) => p.flowId === 'main')).toBe(true);
    expect(withCode(problems, 'undeclared-variable').length).toBeGreaterThan(0);
  });

  it('reports variable fields naming undeclared variables', () => {
    const problems = validateSample((bot) => {
      nodeById(bot, 0, 'ask-order').data = { question: 'Number?', variable: 'order_number' };
    });
    expect(withCode(problems, 'undeclared-variable')).toEqual([
      expect.objectContaining({
        path: ['flows', 0, 'nodes', 3, 'data', 'variable'],
        message:
          'Node "ask-order" (ask) in flow "main", field "Variable" (variable): variable "order_number" is not ' +
          'declared (nor is it a parameter or return value of flow "main"). Declare it under Variables, or pick an ' +
          'existing one.',
      }),
    ]);
  });

  it('reports flow, intent and entity fields naming nothing declared', () => {
    const problems = validateSample((bot) => {
      nodeById(bot, 0, 'call-lookup').data = { flowId: 'billing', parameters: {} };
      nodeById(bot, 0, 'classify').data = {
        intents: ['track_order', 'refund'],
        entities: [
          { entity: 'date', variable: 'status' },
          { entity: 'colour', variable: 'status' },
        ],
      };
    });
    expect(withCode(problems, 'unknown-flow').map((p) => p.message)).toEqual([
      'Node "call-lookup" (subflow) in flow "main", field "Flow" (flowId): there is no flow with the id "billing".',
    ]);
    expect(withCode(problems, 'unknown-intent').map((p) => p.path.slice(4))).toEqual([
      ['data', 'intents', 1],
    ]);
    expect(withCode(problems, 'unknown-entity').map((p) => [p.path.slice(4), p.message])).toEqual([
      [
        ['data', 'entities', 1, 'entity'],
        'Node "classify" (intent) in flow "main", field entities[1].entity: the entity "colour" is neither declared ' +
          'nor a system entity (number, date, email, phone, money, order_code).',
      ],
    ]);
  });

  it('checks expressions inside records (subflow parameters)', () => {
    const problems = validateSample((bot) => {
      nodeById(bot, 0, 'call-lookup').data = {
        flowId: 'lookup',
        parameters: { order_id: 'vars.missing' },
      };
    });
    expect(withCode(problems, 'undeclared-variable').map((p) => p.path.slice(4))).toEqual([
      ['data', 'parameters', 'order_id'],
    ]);
  });

  it('does not walk the settings of nodes that failed their schema', () => {
    const problems = validateSample((bot) => {
      flowAt(bot, 1).nodes.push(
        node('broken', 'set', { assignments: [{ variable: 'nope', value: 3 }] }),
      );
    });
    expect(withCode(problems, 'undeclared-variable')).toEqual([]);
    expect(withCode(problems, 'invalid-settings')).toHaveLength(1);
  });
});
