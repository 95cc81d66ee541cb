import { getNodeDefinition } from '@parley/nodes';
import type { DraftDocument, DraftNode } from '../../draft/draft-document';

/** A node whose text matches, and where the match was found. */
export interface NodeMatch {
  flowId: string;
  flowName: string;
  nodeId: string;
  kind: string;
  /** The text that matched, cut short around the match. */
  excerpt: string;
}

const excerptRadius = 30;
/** Enough to pick from; more would only slow typing down in a huge bot. */
const maxMatches = 200;

/**
 * Nodes of every flow whose id, kind, kind label (English and Chinese) or any
 * text in their settings (every language of a localized message) contains the
 * query, ignoring case. The open flow's nodes come first, then the other flows'.
 */
export function searchNodes(doc: DraftDocument, query: string, openFlowId: string): NodeMatch[] {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return [];
  const flows = [...doc.flows].sort(
    (a, b) => Number(b.id === openFlowId) - Number(a.id === openFlowId),
  );
  const matches: NodeMatch[] = [];
  for (const flow of flows) {
    for (const node of flow.nodes) {
      const found = nodeTexts(node).find((text) => text.toLowerCase().includes(wanted));
      if (found === undefined) continue;
      matches.push({
        flowId: flow.id,
        flowName: flow.name,
        nodeId: node.id,
        kind: node.type,
        excerpt: excerpt(found, wanted),
      });
      if (matches.length >= maxMatches) return matches;
    }
  }
  return matches;
}

function nodeTexts(node: DraftNode): string[] {
  const label = getNodeDefinition(node.type)?.label;
  const texts = [node.id, node.type];
  if (label) texts.push(label.en, label.zh);
  collectStrings(node.data, texts);
  return texts;
}

/** Every string inside settings, however deep (branches, buttons, localized variants). */
function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (typeof value === 'number') into.push(String(value));
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) collectStrings(item, into);
  }
}

function excerpt(text: string, wanted: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const at = flat.toLowerCase().indexOf(wanted);
  const start = Math.max(0, at - excerptRadius);
  const end = Math.min(flat.length, at + wanted.length + excerptRadius);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}
