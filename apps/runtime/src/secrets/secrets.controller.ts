import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '../auth/caller';
import { Allow } from '../auth/policy.decorator';
import { createSecretSchema, secretNameSchema, updateSecretSchema } from './secret-request.schema';
import { parseRequest } from '../http/parse-request';
import { SecretsService, type SecretView } from './secrets.service';

const nameParam = { name: 'name', description: 'The secret name, e.g. CRM_TOKEN' };

/**
 * The secrets vault over HTTP, for workspace admins only. Responses carry masked
 * values (`••••1234`); nothing here ever returns a plaintext.
 */
@ApiTags('secrets')
@Allow('admin')
@Controller('api/v1/secrets')
export class SecretsController {
  constructor(private readonly secrets: SecretsService) {}

  @Get()
  @ApiOperation({ summary: "Lists the workspace's secrets, values masked" })
  list(@CurrentCaller() caller: Caller): Promise<SecretView[]> {
    return this.secrets.list(caller.workspaceId);
  }

  @Post()
  @ApiOperation({ summary: 'Stores a new secret (409 when the name is taken)' })
  @ApiBody({ schema: { type: 'object', required: ['name', 'value'] } })
  create(@CurrentCaller() caller: Caller, @Body() body: unknown): Promise<SecretView> {
    const { name, value } = parseRequest(createSecretSchema, body);
    return this.secrets.create(caller.workspaceId, name, value, caller);
  }

  @Get(':name')
  @ApiParam(nameParam)
  @ApiOperation({ summary: 'One secret, value masked' })
  get(@CurrentCaller() caller: Caller, @Param('name') name: string): Promise<SecretView> {
    return this.secrets.get(caller.workspaceId, parseRequest(secretNameSchema, name));
  }

  @Put(':name')
  @ApiParam(nameParam)
  @ApiOperation({ summary: "Replaces a secret's value" })
  @ApiBody({ schema: { type: 'object', required: ['value'] } })
  update(
    @CurrentCaller() caller: Caller,
    @Param('name') name: string,
    @Body() body: unknown,
  ): Promise<SecretView> {
    const { value } = parseRequest(updateSecretSchema, body);
    const checked = parseRequest(secretNameSchema, name);
    return this.secrets.update(caller.workspaceId, checked, value, caller);
  }

  @Delete(':name')
  @HttpCode(204)
  @ApiParam(nameParam)
  @ApiOperation({ summary: 'Deletes a secret' })
  async delete(@CurrentCaller() caller: Caller, @Param('name') name: string): Promise<void> {
    await this.secrets.delete(caller.workspaceId, parseRequest(secretNameSchema, name), caller);
  }
}
