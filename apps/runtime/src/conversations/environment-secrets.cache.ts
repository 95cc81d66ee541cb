import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EnvironmentSecrets } from '../environments/environment.entity';

/** How long a mapping is reused: a change reaches running conversations within this. */
const TTL_MS = 5_000;

/**
 * The secret mapping of a bot's environment, for each turn's ports. Read at most
 * every few seconds per environment instead of once per turn.
 */
@Injectable()
export class EnvironmentSecretsCache {
  private readonly entries = new Map<string, { secrets: EnvironmentSecrets; expires: number }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(botId: string, environment: string): Promise<EnvironmentSecrets> {
    const key = `${botId}/${environment}`;
    const cached = this.entries.get(key);
    if (cached && cached.expires > Date.now()) return cached.secrets;
    const rows: { secrets: EnvironmentSecrets }[] = await this.dataSource.query(
      'SELECT secrets FROM environments WHERE bot_id = $1 AND name = $2',
      [botId, environment],
    );
    // A deleted environment leaves running conversations with no mapping, not an error.
    const secrets = rows[0]?.secrets ?? {};
    if (this.entries.size > 10_000) this.entries.clear();
    this.entries.set(key, { secrets, expires: Date.now() + TTL_MS });
    return secrets;
  }
}
