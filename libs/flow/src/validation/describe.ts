import { formatPath, quoteShort } from '../format-path';
import type { FlowInfo, NodeInfo, Path } from './validation-context';

/** `Node "n3" (ask) in flow "main"`: how every node-level message starts. */
export function describeNode(flow: FlowInfo, info: NodeInfo): string {
  return `Node ${quoteShort(info.node.id)} (${info.node.type}) in flow ${quoteShort(flow.flow.id)}`;
}

/** `flow "main"`. */
export function describeFlow(flow: FlowInfo): string {
  return `flow ${quoteShort(flow.flow.id)}`;
}

/** `field "Question" (question)` when the schema labels it, else `field question`. */
export function describeField(path: Path, label: string | undefined): string {
  const where = formatPath(path);
  return label === undefined || label === '' ? `field ${where}` : `field "${label}" (${where})`;
}

/** `"a", "b" and "c"`, cut short after `max` items. */
export function listQuoted(values: readonly string[], max = 8): string {
  const quoted = values.slice(0, max).map((value) => quoteShort(value));
  if (values.length > max) return `${quoted.join(', ')} and ${values.length - max} more`;
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`;
}

/** Ends a message with a full stop unless it already ends a sentence. */
export function asSentence(message: string): string {
  return /[.!?]$/.test(message.trimEnd()) ? message.trimEnd() : `${message.trimEnd()}.`;
}
