import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { openApiBody } from '../auth/auth.schemas';
import { type Caller, CurrentCaller } from '../auth/caller';
import { Allow } from '../auth/policy.decorator';
import { ZodBodyPipe } from '../auth/zod-body.pipe';
import { userRoles } from '../users/user.entity';
import type { ApiKey } from './api-key.entity';
import { ApiKeysService } from './api-keys.service';

const newApiKeySchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  role: z.enum(userRoles),
});

/** API keys for the company's servers; admins only. */
@ApiTags('api-keys')
@Controller('api/v1/api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Get()
  @Allow('admin')
  @ApiOperation({ summary: "Lists the workspace's keys (never the keys themselves)" })
  list(@CurrentCaller() caller: Caller): Promise<ApiKey[]> {
    return this.apiKeys.list(caller.workspaceId);
  }

  @Post()
  @Allow('admin')
  @ApiOperation({ summary: 'Creates a key; the answer is the only time `key` is shown' })
  @ApiBody({ schema: openApiBody(newApiKeySchema) })
  async create(
    @CurrentCaller() caller: Caller,
    @Body(new ZodBodyPipe(newApiKeySchema)) body: z.infer<typeof newApiKeySchema>,
  ): Promise<ApiKey & { key: string }> {
    const { apiKey, key } = await this.apiKeys.create(caller, body.name, body.role);
    return { ...apiKey, key };
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow('admin')
  @ApiOperation({ summary: 'Revokes a key at once' })
  revoke(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.apiKeys.revoke(caller, id);
  }
}
