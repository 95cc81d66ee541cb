import { formatPath, quoteShort } from '../../format-path';
import type { FlowInfo, NodeInfo, Path } from '../validation-context';

/** `节点 "n3"（ask）位于流程 "main"`: how every Chinese node-level message starts. */
export function describeNodeZh(flow: FlowInfo, info: NodeInfo): string {
  return `节点 ${quoteShort(info.node.id)}（${info.node.type}）位于${describeFlowZh(flow)}`;
}

/** `流程 "main"`. */
export function describeFlowZh(flow: FlowInfo): string {
  return `流程 ${quoteShort(flow.flow.id)}`;
}

/** `字段 "问题"（question）` when the schema labels it in Chinese, else `字段 question`. */
export function describeFieldZh(path: Path, label: string | undefined): string {
  const where = formatPath(path);
  return label === undefined || label === '' ? `字段 ${where}` : `字段 "${label}"（${where}）`;
}

/** `"a"、"b" 和 "c"`, cut short after `max` items: `"a"、"b" 等 5 项`. */
export function listQuotedZh(values: readonly string[], max = 8): string {
  const quoted = values.slice(0, max).map((value) => quoteShort(value));
  if (values.length > max) return `${quoted.join('、')} 等 ${values.length} 项`;
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join('、')} 和 ${quoted.at(-1) ?? ''}`;
}

/**
 * Ends a message with `。`, also when an English detail from outside closes it with
 * a full stop; a question or exclamation mark is kept.
 */
export function asSentenceZh(message: string): string {
  const trimmed = message.trimEnd();
  if (/[。！？!?]$/.test(trimmed)) return trimmed;
  return `${trimmed.replace(/\.$/, '')}。`;
}
