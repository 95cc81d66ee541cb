import { ConflictException, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { Secret } from './secret.entity';
import { SecretsService } from './secrets.service';

describe('SecretsService', () => {
  let runtime: TestRuntime;
  let secrets: SecretsService;
  let shop: string;
  let bank: string;
  beforeAll(async () => {
    runtime = await startTestRuntime();
    secrets = runtime.app.get(SecretsService);
    const workspaces = runtime.app.get(WorkspacesService);
    shop = (await workspaces.create('Shop')).id;
    bank = (await workspaces.create('Bank')).id;
  });
  afterAll(() => runtime.close());

  it('warns to back up a master key it generated', () => {
    const warning = runtime.logLines.find((line) => line.includes('generated a new master key'));
    expect(warning).toContain('"level":40');
    expect(warning).toContain('master.key');
  });

  it('stores only ciphertext, shows a masked value and resolves the plaintext', async () => {
    const view = await secrets.create(shop, 'CRM_TOKEN', 'crm-token-0001-abcd');
    expect(view).toMatchObject({ name: 'CRM_TOKEN', masked: '••••abcd' });
    expect(JSON.stringify(view)).not.toContain('crm-token-0001');
    const row = await runtime.app
      .get(DataSource)
      .getRepository(Secret)
      .findOneByOrFail({ id: view.id });
    expect(row.ciphertext.toString('utf8')).not.toContain('crm-token');
    expect(row.iv).toHaveLength(12);
    expect(row.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(await secrets.resolve(shop, 'CRM_TOKEN')).toBe('crm-token-0001-abcd');
  });

  it('keeps workspaces apart', async () => {
    await secrets.create(shop, 'SHOP_ONLY', 'value-of-shop');
    expect(await secrets.resolve(bank, 'SHOP_ONLY')).toBeUndefined();
    await expect(secrets.get(bank, 'SHOP_ONLY')).rejects.toBeInstanceOf(NotFoundException);
    await expect(secrets.update(bank, 'SHOP_ONLY', 'x')).rejects.toBeInstanceOf(NotFoundException);
    await expect(secrets.delete(bank, 'SHOP_ONLY')).rejects.toBeInstanceOf(NotFoundException);
    expect((await secrets.list(bank)).map((s) => s.name)).not.toContain('SHOP_ONLY');
    // The same name in another workspace is a different secret.
    await secrets.create(bank, 'SHOP_ONLY', 'value-of-bank');
    expect(await secrets.resolve(shop, 'SHOP_ONLY')).toBe('value-of-shop');
  });

  it('refuses a duplicate name with 409, updates with a new IV, deletes', async () => {
    await secrets.create(shop, 'DUP', 'first-value');
    await expect(secrets.create(shop, 'DUP', 'again')).rejects.toBeInstanceOf(ConflictException);
    const repository = runtime.app.get(DataSource).getRepository(Secret);
    const before = await repository.findOneByOrFail({ workspaceId: shop, name: 'DUP' });
    await secrets.update(shop, 'DUP', 'second-value');
    const after = await repository.findOneByOrFail({ workspaceId: shop, name: 'DUP' });
    expect(after.iv.equals(before.iv)).toBe(false);
    expect(await secrets.resolve(shop, 'DUP')).toBe('second-value');
    await secrets.delete(shop, 'DUP');
    expect(await secrets.resolve(shop, 'DUP')).toBeUndefined();
  });

  it('audits every change by name, never with the value', async () => {
    await secrets.create(bank, 'AUDITED', 'audited-secret-value');
    await secrets.update(bank, 'AUDITED', 'audited-secret-value-2');
    await secrets.delete(bank, 'AUDITED');
    const events = await runtime.app.get(AuditService).latest(bank);
    const mine = events.filter((event) => event.targetId === 'AUDITED').map((e) => e.action);
    expect(mine.sort()).toEqual(['secret.created', 'secret.deleted', 'secret.updated']);
    expect(JSON.stringify(events)).not.toContain('audited-secret-value');
  });
});
