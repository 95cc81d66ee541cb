import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Problem } from '@parley/flow';
import { Allow } from '../auth/policy.decorator';
import { BotsService } from './bots.service';

/** Bot documents over HTTP. Stateless for now; bot CRUD arrives with auth. */
@ApiTags('bots')
@Controller('api/bots')
export class BotsController {
  constructor(private readonly bots: BotsService) {}

  @Post('validate')
  @HttpCode(200)
  @Allow('admin', 'editor')
  @ApiOperation({ summary: 'Lists every problem of a bot document (empty when it is valid)' })
  @ApiBody({ description: 'A bot document (docs/bot-document.md)', schema: { type: 'object' } })
  @ApiOkResponse({
    description: '`{ problems: Problem[] }`, each with code, severity, path and message',
  })
  validate(@Body() document: unknown): { problems: Problem[] } {
    return { problems: this.bots.validate(document) };
  }
}
