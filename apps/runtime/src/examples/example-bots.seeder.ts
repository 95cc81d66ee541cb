import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { BotTransferService } from '../bot-transfer/bot-transfer.service';
import { RUNTIME_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { EnvironmentsService } from '../environments/environments.service';
import { AdminBootstrap } from '../users/admin-bootstrap';
import { VersionsService } from '../versions/versions.service';

const SEEDED = 'examples.seeded';

/**
 * With `PARLEY_EXAMPLE_BOTS_DIR` set (`npm start` sets it), gives the first
 * workspace the example bots, published to staging and production, once: a new
 * installation has something to talk to. Never again after that, even if the
 * bots are deleted.
 */
@Injectable()
export class ExampleBotsSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Examples');

  constructor(
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly adminBootstrap: AdminBootstrap,
    private readonly transfer: BotTransferService,
    private readonly versions: VersionsService,
    private readonly environments: EnvironmentsService,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const dir = this.config.exampleBotsDir;
    if (!dir) return;
    await this.adminBootstrap.settled;
    const [workspace]: { id: string; seeded: boolean }[] = await this.dataSource.query(
      `SELECT w.id, EXISTS (SELECT 1 FROM audit_events a
                            WHERE a.workspace_id = w.id AND a.action = $1) AS seeded
       FROM workspaces w ORDER BY w.created_at LIMIT 1`,
      [SEEDED],
    );
    if (!workspace) {
      this.logger.log('the example bots are added once the first admin exists');
      return;
    }
    if (workspace.seeded) return;
    const names: string[] = [];
    for (const file of (await readdir(dir)).filter((name) => name.endsWith('.json')).sort()) {
      try {
        names.push(
          await this.seed(workspace.id, JSON.parse(await readFile(join(dir, file), 'utf8'))),
        );
      } catch (error) {
        this.logger.warn(`example ${file} not added: ${String(error)}`);
      }
    }
    await this.audit.record({
      workspaceId: workspace.id,
      action: SEEDED,
      details: { bots: names },
    });
    this.logger.log(`added the example bots: ${names.join(', ')}`);
  }

  private async seed(workspaceId: string, document: unknown): Promise<string> {
    const bot = await this.transfer.import(workspaceId, document);
    await this.versions.publish(workspaceId, bot.id, {
      note: 'Example bot',
      environment: 'staging',
    });
    await this.environments.promote(workspaceId, bot.id);
    return bot.name;
  }
}
