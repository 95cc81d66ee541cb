import type { Problem, ProblemCode } from '../problem';
import { brokenBots } from '../testing/broken-bots';
import { orderStatusV1 } from '../testing/order-status-v1.fixture';
import { edge, node, sampleBot } from '../testing/sample-bot';
import { testCatalog } from '../testing/test-catalog';
import { flowAt, nodeById, validateSample, withCode } from '../testing/validate-sample';
import { validateBot } from './validate-bot';

const zh = { locale: 'zh-CN' } as const;

/** The messages of one code, for a sample bot changed by `change`, in Chinese. */
function chinese(change: Parameters<typeof validateSample>[0], code: ProblemCode): string[] {
  return withCode(validateSample(change, zh), code).map((problem) => problem.message);
}

/**
 * English words that frame a message: one left in a Chinese message means a
 * forgotten text. (Details from parsers and schemas stay English inside the frame.)
 */
const englishFrames = [
  'Node ',
  'Nodes ',
  ' in flow ',
  'Edge ',
  'The flow ',
  'The default',
  'The fallback',
  'field ',
  'Test ',
  'Parley could not',
  ' is not declared',
  'its outcome',
  'has no edge',
];

describe('validateBot in Chinese', () => {
  it('words the common problems for a Chinese analyst', () => {
    expect(
      chinese((bot) => {
        flowAt(bot, 0).edges = flowAt(bot, 0).edges.filter((e) => e.id !== 'report-next-bye');
      }, 'missing-outcome-edge'),
    ).toEqual([
      '节点 "report"（message）位于流程 "main"，出口 "next" 没有连线：请把它连到接下来的步骤。',
    ]);
    expect(
      chinese((bot) => {
        flowAt(bot, 2).nodes.push(node('orphan', 'end'));
      }, 'unreachable-node'),
    ).toEqual([
      '节点 "orphan"（end）位于流程 "agent"，从流程的开始节点无法到达，因此永远不会运行。请连一条连线到它，或将其删除。',
    ]);
    expect(
      chinese((bot) => {
        flowAt(bot, 2).nodes.shift();
        flowAt(bot, 2).edges.shift();
      }, 'missing-start'),
    ).toEqual([
      '流程 "agent" 没有开始节点，对话无法进入该流程。请添加一个开始节点，并把它连到第一步。',
    ]);
    expect(
      chinese((bot) => {
        flowAt(bot, 0).edges.push(edge('sorry', 'next', 'n99', 'e7'));
      }, 'edge-target-missing'),
    ).toEqual(['连线 "e7" 指向节点 "n99"，但流程 "main" 中没有这个节点。']);
    expect(
      chinese((bot) => {
        flowAt(bot, 1).nodes.push(node('done', 'end', { ends: 'flow' }));
        bot.flows.push({ ...flowAt(bot, 2), nodes: [...flowAt(bot, 2).nodes] });
      }, 'duplicate-id'),
    ).toEqual([
      '流程 "lookup" 中的节点 ID "done" 重复出现（第 3 项和第 4 项）；节点 ID 不能重复。',
      '机器人中的流程 ID "agent" 重复出现（第 3 项和第 4 项）；流程 ID 不能重复。',
    ]);
  });

  it('names fields by their Chinese label when checking references', () => {
    const problems = validateSample((bot) => {
      nodeById(bot, 0, 'report').data = { text: 'Order {{ vars.order }}' };
      nodeById(bot, 0, 'ask-order').data = { question: 'No?', variable: 'orderId' };
      nodeById(bot, 0, 'call-lookup').data = { flowId: 'nowhere' };
      nodeById(bot, 0, 'classify').data = {
        intents: ['cancel_order'],
        entities: [{ entity: 'colour', variable: 'order_id' }],
      };
    }, zh);
    const messages = (code: ProblemCode) => withCode(problems, code).map((p) => p.message);
    expect(messages('undeclared-variable')).toEqual([
      '节点 "ask-order"（ask）位于流程 "main"，字段 "变量"（variable）：变量 "orderId" 未声明' +
        '（也不是流程 "main" 的参数或返回值）。请在“变量”中声明它，或选择一个已有的变量。',
      '节点 "report"（message）位于流程 "main"，字段 "文本"（text）：读取了 vars.order，' +
        '但没有声明变量 "order"（它也不是流程 "main" 的参数或返回值）。',
    ]);
    expect(messages('unknown-flow')).toEqual([
      '节点 "call-lookup"（subflow）位于流程 "main"，字段 "流程"（flowId）：不存在 ID 为 "nowhere" 的流程。',
    ]);
    expect(messages('unknown-intent')).toEqual([
      '节点 "classify"（intent）位于流程 "main"，字段 "意图"（intents[0]）：意图 "cancel_order" 未声明。' +
        '请在“意图”中添加它，或选择一个已有的意图。',
    ]);
    expect(messages('unknown-entity')).toEqual([
      '节点 "classify"（intent）位于流程 "main"，字段 entities[0].entity：实体 "colour" 既未声明，' +
        '也不是系统实体（number、date、email、phone、money、order_code）。',
    ]);
  });

  it('frames details from parsers and schemas in Chinese, ending the sentence with 。', () => {
    expect(
      chinese((bot) => {
        nodeById(bot, 1, 'set-status').data = {
          assignments: [{ variable: 'status', value: '"shipped" &' }],
        };
      }, 'expression-syntax'),
    ).toEqual([
      '节点 "set-status"（set）位于流程 "lookup"，字段 "值"（assignments[0].value）：' +
        '表达式无法解析：Unexpected end of expression（位于第 11 个字符）。',
    ]);
    expect(
      chinese((bot) => {
        nodeById(bot, 0, 'welcome').data = { text: 'Hi {{ vars.customer' };
      }, 'template-syntax'),
    ).toEqual([
      '节点 "welcome"（message）位于流程 "main"，字段 "文本"（text）：' +
        '这段文字不是有效的模板：The "{{" at character 4 is never closed with "}}"。',
    ]);
    expect(
      chinese((bot) => {
        nodeById(bot, 0, 'ask-order').data = {
          question: 'Q?',
          variable: 'order_id',
          timeoutSeconds: 1,
        };
      }, 'invalid-settings'),
    ).toEqual([
      '节点 "ask-order"（ask）位于流程 "main"，字段 timeoutSeconds：Too small: expected number to be >=5。',
    ]);
  });

  it('keeps everything but the message as in English', () => {
    const withoutMessage = (problems: Problem[]) =>
      problems.map(({ message: _message, ...rest }) => rest);
    for (const bot of brokenBots) {
      expect(withoutMessage(validateBot(bot.doc, bot.catalog, zh))).toEqual(
        withoutMessage(validateBot(bot.doc, bot.catalog)),
      );
    }
  });

  it('leaves no message in English: every broken bot, in Chinese, has Chinese in each message', () => {
    const documents = [
      ...brokenBots,
      { name: 'sample', doc: sampleBot(), catalog: testCatalog },
      { name: 'v1', doc: orderStatusV1, catalog: testCatalog },
    ];
    const found = new Set<ProblemCode>();
    for (const { name, doc, catalog } of documents) {
      for (const problem of validateBot(doc, catalog, zh)) {
        found.add(problem.code);
        const where = `${name}: ${problem.message}`;
        expect([where, /[\u4e00-\u9fff]/.test(problem.message)]).toEqual([where, true]);
        for (const frame of englishFrames)
          expect([where, problem.message.includes(frame)]).toEqual([where, false]);
      }
    }
    // The broken bots reach every code found after parsing, so no check escapes this test.
    const parseCodes = ['invalid-json', 'invalid-document', 'unsupported-schema-version'];
    const unreached = [
      'duplicate-id',
      'duplicate-name',
      'unknown-locale',
      'missing-start',
      'multiple-starts',
      'unknown-node-kind',
      'invalid-settings',
      'missing-outcome-edge',
      'unknown-outcome',
      'duplicate-outcome-edge',
      'edge-source-missing',
      'edge-target-missing',
      'unreachable-node',
      'cycle-without-input',
      'expression-syntax',
      'template-syntax',
      'undeclared-variable',
      'unknown-flow',
      'unknown-intent',
      'unknown-entity',
      'unknown-node',
      'kind-rule',
      'internal-error',
    ].filter((code) => !found.has(code as ProblemCode));
    expect(unreached).toEqual([]);
    expect(parseCodes.some((code) => found.has(code as ProblemCode))).toBe(false);
  });
});
