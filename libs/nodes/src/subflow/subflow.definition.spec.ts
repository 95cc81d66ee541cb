import { checkContextFixture } from '../shared/check-context.fixture';
import { subflowDefinition } from './subflow.definition';
import { subflowSettingsSchema } from './subflow.schema';

const context = checkContextFixture({
  flows: [
    { id: 'main', name: 'Main', nodes: [], edges: [] },
    {
      id: 'verify',
      name: 'Verify identity',
      parameters: [
        { name: 'phone', type: 'string' },
        { name: 'channel', type: 'string', required: false },
      ],
      returns: [{ name: 'verified', type: 'boolean' }],
      nodes: [],
      edges: [],
    },
  ],
});
const issuesOf = (data: Record<string, unknown>) =>
  (subflowDefinition.check?.(subflowSettingsSchema.parse(data), context) ?? []).map(
    ({ code, path }) => ({ code, path }),
  );

describe('subflow definition', () => {
  it('accepts a call with the required parameters and declared results', () => {
    expect(
      issuesOf({
        flowId: 'verify',
        parameters: { phone: 'vars.phone' },
        results: [{ variable: 'isVerified', from: 'verified' }],
      }),
    ).toEqual([]);
  });

  it('flags a flow that does not exist', () => {
    expect(issuesOf({ flowId: 'nowhere' })).toEqual([{ code: 'unknown-flow', path: ['flowId'] }]);
  });

  it('flags missing and unknown parameters and results not returned', () => {
    expect(
      issuesOf({
        flowId: 'verify',
        parameters: { email: 'vars.email' },
        results: [{ variable: 'ok', from: 'success' }],
      }),
    ).toEqual([
      { code: 'subflow-parameters', path: ['parameters'] },
      { code: 'subflow-parameters', path: ['parameters', 'email'] },
      { code: 'subflow-parameters', path: ['results', 0, 'from'] },
    ]);
  });

  it('rejects parameter names that are not identifiers and blank expressions', () => {
    expect(
      subflowSettingsSchema.safeParse({ flowId: 'verify', parameters: { 'my phone': 'x' } })
        .success,
    ).toBe(false);
    expect(
      subflowSettingsSchema.safeParse({ flowId: 'verify', parameters: { phone: '' } }).success,
    ).toBe(false);
  });

  it('summarises the call', () => {
    const settings = subflowSettingsSchema.parse({
      flowId: 'verify',
      parameters: { phone: 'vars.phone' },
    });
    expect(subflowDefinition.summary(settings, 'en')).toBe('Call verify (1 parameter)');
    expect(subflowDefinition.summary(settings, 'zh')).toBe('调用 verify（1 个参数）');
  });
});
