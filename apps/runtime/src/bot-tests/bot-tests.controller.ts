import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '../auth/caller';
import { Allow } from '../auth/policy.decorator';
import { botIdSchema } from '../bots/bot-request.schema';
import { botIdParam } from '../bots/bots.controller';
import { parseRequest } from '../http/parse-request';
import { runTestsSchema } from './bot-tests.schema';
import { BotTestsService, type TestRunView } from './bot-tests.service';

/** Running a bot's stored conversation tests. */
@ApiTags('tests')
@Controller('api/v1/bots/:botId/tests')
export class BotTestsController {
  constructor(private readonly tests: BotTestsService) {}

  // Read-only: running tests changes nothing, so viewers may run them too.
  @Post('run')
  @HttpCode(200)
  @Allow('admin', 'editor', 'viewer')
  @ApiParam(botIdParam)
  @ApiOperation({
    summary:
      "Runs the stored conversation tests of the draft, a version or an environment's version: results, the node where each failure diverged, outcome coverage",
  })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['target'],
      properties: {
        target: { type: 'string', enum: ['draft', 'version', 'environment'] },
        versionId: { type: 'string', format: 'uuid' },
        environment: { type: 'string' },
        names: { type: 'array', items: { type: 'string' } },
      },
    },
  })
  run(
    @CurrentCaller() caller: Caller,
    @Param('botId') botId: string,
    @Body() body: unknown,
  ): Promise<TestRunView> {
    const id = parseRequest(botIdSchema, botId);
    return this.tests.run(caller.workspaceId, id, parseRequest(runTestsSchema, body ?? {}));
  }
}
