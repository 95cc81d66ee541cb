import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/policy.decorator';
import { HealthService } from './health.service';

/** `/health` (liveness) and `/ready` (readiness: the database answers). */
@ApiTags('operations')
@Public()
@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('health')
  @ApiOperation({ summary: 'Liveness: 200 while the process serves HTTP' })
  live(): { status: 'ok' } {
    return this.health.live();
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: 200 when the database answers, 503 otherwise' })
  ready(): Promise<{ status: 'ready' }> {
    return this.health.ready();
  }
}
