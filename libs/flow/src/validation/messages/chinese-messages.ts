import { quoteShort } from '../../format-path';
import type { FlowInfo, NodeInfo, Path } from '../validation-context';
import {
  asSentenceZh,
  describeFieldZh,
  describeFlowZh,
  describeNodeZh,
  listQuotedZh,
} from './describe-zh';
import { MAX_NAMED_IN_LOOP } from './english-messages';
import type {
  CheckName,
  DuplicateSubject,
  FieldAt,
  LocalizedSubject,
  TestReference,
  ValidationMessages,
} from './validation-messages';

const duplicateSubjects: Readonly<Record<DuplicateSubject, string>> = {
  'flow-id': '流程 ID',
  'node-id': '节点 ID',
  'edge-id': '连线 ID',
  'variable-name': '变量名',
  'intent-name': '意图名',
  'entity-name': '实体名',
  'test-name': '测试名',
  'parameter-name': '参数名',
  'return-name': '返回值名',
};

const checkNames: Readonly<Record<CheckName, string>> = {
  duplicates: '重复项',
  locales: '语言',
  'start node': '开始节点',
  'node kinds': '节点类型',
  settings: '节点设置',
  'edge ends': '连线端点',
  'edge outcomes': '连线出口',
  'missing outcome edges': '出口连线',
  reachability: '可达性',
  loops: '循环',
  fields: '字段',
  'conversation tests': '对话测试',
  'kind rules': '节点类型规则',
};

const faultInParley = '这是 Parley 自身的故障，不是机器人的问题。';

/**
 * The validator's messages in Simplified Chinese, for analysts using the Chinese
 * studio. Terms: 流程 flow, 节点 node, 连线 edge, 出口 outcome, 变量 variable,
 * 意图 intent, 实体 entity. Ids, kinds and paths stay as written in the document.
 */
export const chineseMessages: ValidationMessages = {
  duplicate: (subject, key, flow, first, second) => {
    const what = duplicateSubjects[subject];
    const where = flow === undefined ? '机器人中' : `${describeFlowZh(flow)} 中`;
    // A space between Latin letters and Chinese ("节点 ID 不能"), none between Chinese characters.
    const gap = /[A-Za-z]$/.test(what) ? ' ' : '';
    return (
      `${where}的${what} ${quoteShort(key)} 重复出现（第 ${first} 项和第 ${second} 项）；` +
      `${what}${gap}不能重复。`
    );
  },
  defaultLocaleNotListed: (locale, locales) =>
    `默认语言 ${quoteShort(locale)} 不在机器人的语言（${listQuotedZh(locales)}）之中；` +
    '请把它加入语言列表，或改选其中一种。',
  unknownLocaleVariant: (subject, locale, locales) =>
    `${localizedSubject(subject)}包含 ${quoteShort(locale)} 语言版本，但机器人的语言只有 ${listQuotedZh(locales)}。`,
  missingStart: (flow) =>
    `${describeFlowZh(flow)} 没有开始节点，对话无法进入该流程。请添加一个开始节点，并把它连到第一步。`,
  multipleStarts: (flow, ids, extraId) =>
    `${describeFlowZh(flow)} 有 ${ids.length} 个开始节点（${listQuotedZh(ids)}），但一个流程只能有一个。` +
    `请删除节点 ${quoteShort(extraId)}，或把它改为其他类型的节点。`,
  unknownNodeKind: (flow, node, known) =>
    `节点 ${quoteShort(node.node.id)} 位于${describeFlowZh(flow)}，其类型 ${quoteShort(node.node.type)} ` +
    `在当前版本的 Parley 中不存在（已有的类型：${known.join('、')}）。`,
  invalidSettings: (flow, node, path, detail) => nodeSentence(flow, node, path, detail),
  edgeSourceMissing: (flow, edgeId, source) =>
    `连线 ${quoteShort(edgeId)} 的起点是节点 ${quoteShort(source)}，但${describeFlowZh(flow)} 中没有这个节点。`,
  edgeTargetMissing: (flow, edgeId, target) =>
    `连线 ${quoteShort(edgeId)} 指向节点 ${quoteShort(target)}，但${describeFlowZh(flow)} 中没有这个节点。`,
  unknownOutcome: (flow, source, edgeId, outcome, outcomes) => {
    const has = outcomes.length === 0 ? '它没有任何出口' : `它的出口是 ${listQuotedZh(outcomes)}`;
    return (
      `连线 ${quoteShort(edgeId)} 从${describeFlowZh(flow)} 中节点 ${quoteShort(source.node.id)}` +
      `（${source.node.type}）的出口 ${quoteShort(outcome)} 引出，但该节点没有这个出口（${has}）。` +
      '请重新连接或删除这条连线。'
    );
  },
  duplicateOutcomeEdge: (flow, source, outcome, firstEdgeId, edgeId) =>
    `${describeNodeZh(flow, source)}，出口 ${quoteShort(outcome)} 引出了不止一条连线` +
    `（${quoteShort(firstEdgeId)} 和 ${quoteShort(edgeId)}）；每个出口只能通向一处。请删除其中一条。`,
  missingOutcomeEdge: (flow, node, outcome) =>
    `${describeNodeZh(flow, node)}，出口 ${quoteShort(outcome)} 没有连线：请把它连到接下来的步骤。`,
  unreachableNode: (flow, node) =>
    `${describeNodeZh(flow, node)}，从流程的开始节点无法到达，因此永远不会运行。请连一条连线到它，或将其删除。`,
  cycleWithoutInput: (flow, nodes, selfLoop) => {
    const named = nodes
      .slice(0, MAX_NAMED_IN_LOOP)
      .map(({ node }) => `${quoteShort(node.id)}（${node.type}）`);
    const loop = selfLoop
      ? `${describeFlowZh(flow)} 中的节点 ${named.join('')}会直接回到自身`
      : `${describeFlowZh(flow)} 中的节点 ${named.join('、')}` +
        `${nodes.length > MAX_NAMED_IN_LOOP ? `等 ${nodes.length} 个节点` : ''}构成一个循环`;
    return (
      `${loop}，而循环中没有任何节点等待客户回复，对话会一直绕圈，直到被步数上限终止。` +
      '请在循环中加入一个会等待的节点（例如提问），或者断开这个循环。'
    );
  },
  expressionSyntax: (field, detail, position) =>
    fieldMessage(
      field,
      `表达式无法解析：${detail ?? '语法错误'}（位于第 ${position ?? 1} 个字符）。`,
    ),
  templateSyntax: (field, detail) =>
    fieldMessage(field, asSentenceZh(`这段文字不是有效的模板：${detail ?? '语法错误'}`)),
  undeclaredVariable: (field, name) =>
    fieldMessage(
      field,
      `变量 ${quoteShort(name)} 未声明（也不是${describeFlowZh(field.flow)} 的参数或返回值）。` +
        '请在“变量”中声明它，或选择一个已有的变量。',
    ),
  undeclaredRead: (field, name) =>
    fieldMessage(
      field,
      `读取了 vars.${name}，但没有声明变量 ${quoteShort(name)}` +
        `（它也不是${describeFlowZh(field.flow)} 的参数或返回值）。`,
    ),
  unknownFlow: (field, name) => fieldMessage(field, `不存在 ID 为 ${quoteShort(name)} 的流程。`),
  unknownIntent: (field, name) =>
    fieldMessage(
      field,
      `意图 ${quoteShort(name)} 未声明。请在“意图”中添加它，或选择一个已有的意图。`,
    ),
  unknownEntity: (field, name, systemEntities) =>
    fieldMessage(
      field,
      `实体 ${quoteShort(name)} 既未声明，也不是系统实体（${systemEntities.join('、')}）。`,
    ),
  kindRule: (flow, node, path, detail) => nodeSentence(flow, node, path, detail),
  testReference,
  testProblem: (testName, reference) =>
    `${testName === undefined ? '' : `测试 ${quoteShort(testName)}：`}${testReference(reference)}。`,
  kindFailed: (flowId, node, method, reason) =>
    `Parley 无法检查流程 ${quoteShort(flowId)} 中的节点 ${quoteShort(node.id)}（${node.type}）：` +
    `该节点类型的 ${method}() 出错（${reason}）。${faultInParley}`,
  checkFailed: (check, reason) =>
    `Parley 未能完成对这个机器人的检查（${checkNames[check]}检查出错：${reason}）。${faultInParley}`,
  validationStopped: (reason) =>
    `Parley 未能完成对这个机器人的检查（检查中断：${reason}）。${faultInParley}`,
};

function testReference(reference: TestReference): string {
  switch (reference.kind) {
    case 'variable':
      return `机器人没有声明变量 ${quoteShort(reference.name)}`;
    case 'node':
      return `机器人没有节点 ${quoteShort(reference.node)}`;
    case 'locale':
      return `机器人使用的语言是 ${reference.locales.join('、')}，而不是 ${quoteShort(reference.locale)}`;
  }
}

function localizedSubject(subject: LocalizedSubject): string {
  switch (subject.kind) {
    case 'fallback-message':
      return '兜底消息（settings.fallbackMessage）';
    case 'intent-utterances':
      return `意图 ${quoteShort(subject.intent)} 的例句`;
    case 'entity-synonyms':
      return `实体 ${quoteShort(subject.entity)} 中 ${quoteShort(subject.value)} 的同义词`;
    case 'template-field':
      return fieldPrefix(subject.field);
  }
}

/** `节点 "n3"（ask）位于流程 "main"，字段 "问题"（question）`. */
function fieldPrefix({ flow, node, path, label }: FieldAt): string {
  return `${describeNodeZh(flow, node)}，${describeFieldZh(path, label?.zh)}`;
}

function fieldMessage(field: FieldAt, detail: string): string {
  return `${fieldPrefix(field)}：${detail}`;
}

/** A detail from outside (a zod issue, a kind's rule) in a Chinese frame. */
function nodeSentence(flow: FlowInfo, node: NodeInfo, path: Path, detail: string): string {
  const where = path.length > 0 ? `，${describeFieldZh(path, undefined)}` : '';
  return asSentenceZh(`${describeNodeZh(flow, node)}${where}：${detail}`);
}
