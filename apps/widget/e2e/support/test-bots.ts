import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';

type Json = Record<string, unknown>;

/**
 * The example order-status bot, asking a stand-in order system (served by the
 * test's own host site) instead of orders.example.com, without a credential.
 */
export function orderStatusBot(ordersOrigin: string): Json {
  const path = join(import.meta.dirname, '../../../../examples/bots/order-status.json');
  const text = readFileSync(path, 'utf8').replaceAll('https://orders.example.com', ordersOrigin);
  const document = JSON.parse(text) as Json & { flows: { nodes: { data: Json }[] }[] };
  for (const node of document.flows.flatMap((flow) => flow.nodes)) {
    const http = node.data.http as Json | undefined;
    if (http) delete http.secret;
  }
  return { ...document, id: 'order-status-widget', name: 'Order status (widget)' };
}

/** The stand-in order system: AB123456 has shipped; any other number is unknown. */
export function ordersApi(request: IncomingMessage, response: ServerResponse): boolean {
  const match = /^\/api\/orders\/([^/?]+)/.exec(request.url ?? '');
  if (!match) return false;
  response.setHeader('content-type', 'application/json');
  if (match[1] !== 'AB123456') {
    response.writeHead(404).end('{}');
    return true;
  }
  response.end(
    JSON.stringify({
      status: 'shipped',
      estimatedDelivery: '2026-01-18',
      carrier: 'DHL',
      trackingNumber: 'JD014600003SE',
    }),
  );
  return true;
}

/** A one-flow bot whose message nodes say the given things (`start → m0 → m1 → … → end`). */
export function messageBot(name: string, messages: Json[]): Json {
  const nodes = [
    { id: 'start', type: 'start', position: { x: 0, y: 0 }, data: {} },
    ...messages.map((data, index) => ({
      id: `m${index}`,
      type: 'message',
      position: { x: 0, y: 120 * (index + 1) },
      data,
    })),
    // The flow ends without ending the conversation: the next message starts it again.
    {
      id: 'done',
      type: 'end',
      position: { x: 0, y: 120 * (messages.length + 1) },
      data: { ends: 'flow', status: 'resolved' },
    },
  ];
  const edges = nodes.slice(1).map((node, index) => ({
    id: `e${index}`,
    source: nodes[index]?.id ?? 'start',
    sourceHandle: 'next',
    target: node.id,
  }));
  return {
    schemaVersion: 2,
    id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name,
    defaultLocale: 'en',
    locales: ['en'],
    variables: [],
    flows: [{ id: 'main', name: 'Main', nodes, edges }],
  };
}
