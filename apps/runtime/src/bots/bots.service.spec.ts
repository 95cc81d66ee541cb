import { ConflictException, NotFoundException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { BotsService } from './bots.service';

// A draft that is still being drawn: current schema version, but far from valid.
const draft = {
  schemaVersion: 2,
  name: 'Order status 订单状态',
  flows: [{ id: 'main', nodes: [{ id: 'n1', type: 'message', data: { text: { en: 'Hi 👋' } } }] }],
};

describe('BotsService', () => {
  let runtime: TestRuntime;
  let bots: BotsService;
  let workspaceId: string;
  let otherWorkspaceId: string;
  beforeAll(async () => {
    runtime = await startTestRuntime();
    bots = runtime.app.get(BotsService);
    const workspaces = runtime.app.get(WorkspacesService);
    workspaceId = (await workspaces.create('Shop')).id;
    otherWorkspaceId = (await workspaces.create('Bank')).id;
  });
  afterAll(() => runtime.close());

  it('stores the draft as jsonb and reads it back unchanged', async () => {
    const created = await bots.create(workspaceId, 'Order status', draft);
    const read = await bots.get(workspaceId, created.id);
    expect(read).toMatchObject({ name: 'Order status', draftRevision: 1, draft });
  });

  it('records the creation in the audit log, in the same transaction', async () => {
    const created = await bots.create(workspaceId, 'Returns', draft);
    const events = await runtime.app.get(AuditService).latest(workspaceId);
    expect(events[0]).toMatchObject({
      action: 'bot.created',
      targetType: 'bot',
      targetId: created.id,
    });
  });

  it("treats another workspace's bot as not found", async () => {
    const created = await bots.create(workspaceId, 'Private', draft);
    await expect(bots.get(otherWorkspaceId, created.id)).rejects.toBeInstanceOf(NotFoundException);
    await expect(bots.saveDraft(otherWorkspaceId, created.id, {}, 1)).rejects.toBeInstanceOf(
      NotFoundException,
    );
  });

  it('saves a draft at the loaded revision and refuses a stale one', async () => {
    const created = await bots.create(workspaceId, 'Edited', draft);
    const changed = { ...draft, flows: [] };
    const saved = await bots.saveDraft(workspaceId, created.id, changed, 1);
    expect(saved).toMatchObject({ draftRevision: 2, draft: changed });
    await expect(bots.saveDraft(workspaceId, created.id, draft, 1)).rejects.toBeInstanceOf(
      ConflictException,
    );
    expect((await bots.get(workspaceId, created.id)).draft).toEqual(changed);
  });
});
