import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Bot } from '../bots/bot.entity';
import {
  Environment,
  type EnvironmentSecrets,
  type EnvironmentVariables,
} from './environment.entity';

/** What a conversation needs to start in an environment. */
export interface ResolvedEnvironment {
  workspaceId: string;
  botId: string;
  environment: string;
  versionId: string;
  versionNumber: number;
  variables: EnvironmentVariables;
  secrets: EnvironmentSecrets;
}

/** Finds what runs where, for conversations (no caller workspace: the bot id decides it). */
@Injectable()
export class EnvironmentResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * What a new conversation in `name` runs. Unknown bot or environment: 404;
   * nothing deployed there yet: 409.
   */
  async resolve(botId: string, name: string): Promise<ResolvedEnvironment> {
    const environment = await this.dataSource.manager.findOne(Environment, {
      where: { botId, name },
      relations: { version: true },
    });
    if (!environment) {
      const botExists = await this.dataSource.manager.existsBy(Bot, { id: botId });
      throw new NotFoundException(
        botExists ? `Bot ${botId} has no environment "${name}"` : `No bot ${botId}`,
      );
    }
    if (!environment.version) {
      throw new ConflictException(
        `Nothing is published in the "${name}" environment of this bot yet`,
      );
    }
    return {
      workspaceId: environment.workspaceId,
      botId,
      environment: name,
      versionId: environment.version.id,
      versionNumber: environment.version.number,
      variables: environment.variables,
      secrets: environment.secrets,
    };
  }
}
