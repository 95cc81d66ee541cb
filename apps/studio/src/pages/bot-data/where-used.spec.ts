import { describe, expect, it } from 'vitest';
import { shopDocument } from './testing-document';
import { entityUses, intentUses, variableUses } from './where-used';

describe('where used', () => {
  it('finds the nodes that read a variable in a template and the ones that store into it', () => {
    const uses = variableUses(shopDocument(), 'orderId');
    expect(uses.map((use) => [use.nodeId, use.how])).toEqual([
      ['ask-order', ['writes']],
      ['tell', ['reads']],
    ]);
    expect(uses[0]).toMatchObject({ flowId: 'main', flowName: 'Main', kind: 'ask' });
  });

  it('does not take a longer name for a mention of a shorter one', () => {
    expect(variableUses(shopDocument(), 'orderIdList')).toEqual([]);
    expect(variableUses(shopDocument(), 'order')).toEqual([]);
  });

  it('finds intent nodes listing an intent, and those routing on every intent', () => {
    const doc = shopDocument();
    expect(intentUses(doc, 'return_item').map((use) => use.nodeId)).toEqual(['route']);
    const flow = doc.flows[0];
    if (!flow) throw new Error('no flow');
    const all = { id: 'all', type: 'intent', position: { x: 0, y: 0 }, data: { intents: [] } };
    const withAll = { ...doc, flows: [{ ...flow, nodes: [...flow.nodes, all] }] };
    expect(intentUses(withAll, 'return_item').map((use) => use.nodeId)).toEqual(['route', 'all']);
  });

  it('finds the nodes that capture an entity', () => {
    const doc = shopDocument();
    const flow = doc.flows[0];
    if (!flow) throw new Error('no flow');
    const capture = {
      id: 'capture',
      type: 'intent',
      position: { x: 0, y: 0 },
      data: { entities: [{ entity: 'delivery', variable: 'orderId' }] },
    };
    const withCapture = { ...doc, flows: [{ ...flow, nodes: [...flow.nodes, capture] }] };
    expect(entityUses(withCapture, 'delivery').map((use) => use.nodeId)).toEqual(['capture']);
    expect(entityUses(withCapture, 'colour')).toEqual([]);
  });
});
