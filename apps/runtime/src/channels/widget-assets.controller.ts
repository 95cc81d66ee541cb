import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/policy.decorator';
import { RUNTIME_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { channelIdSchema } from './channel-request.schema';
import { ChannelsService } from './channels.service';
import { demoNotFoundPage, demoPage } from './demo-page';

const NOT_BUILT =
  '// The Parley widget is not built. Run `npm start` (it builds it), or ' +
  '`npm run build -w @parley/widget`, or set PARLEY_WIDGET_DIR to a folder holding widget.js.\n';

/**
 * The embeddable script (`/widget.js`, from PARLEY_WIDGET_DIR) and a demo page
 * per channel. Pages, not API: kept out of the OpenAPI document.
 */
@ApiExcludeController()
@Public()
@Controller()
export class WidgetAssetsController {
  constructor(
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    private readonly channels: ChannelsService,
  ) {}

  @Get('widget.js')
  async script(@Res() reply: FastifyReply): Promise<void> {
    // Read on each request (a small file, cached by browsers for 5 minutes), so a rebuild needs no restart.
    const script = this.config.widgetDir
      ? await readFile(join(this.config.widgetDir, 'widget.js'), 'utf8').catch(() => undefined)
      : undefined;
    if (script === undefined) {
      await reply
        .status(404)
        .type('application/javascript; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(NOT_BUILT);
      return;
    }
    await reply
      .type('application/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      // A public script any website may load.
      .header('access-control-allow-origin', '*')
      .send(script);
  }

  @Get('demo/:channelId')
  async demo(@Param('channelId') channelId: string, @Res() reply: FastifyReply): Promise<void> {
    const id = channelIdSchema.safeParse(channelId);
    const facts = id.success ? await this.channels.demoFacts(id.data) : undefined;
    void reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache');
    if (!id.success || !facts) {
      await reply.status(404).send(demoNotFoundPage());
      return;
    }
    await reply.send(demoPage(id.data, facts.botName, facts.enabled));
  }
}
