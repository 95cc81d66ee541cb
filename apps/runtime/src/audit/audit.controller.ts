import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '../auth/caller';
import { Allow } from '../auth/policy.decorator';
import { ZodBodyPipe } from '../auth/zod-body.pipe';
import type { AuditEvent } from './audit-event.entity';
import { type AuditFilter, auditFilterSchema, AuditService } from './audit.service';

/** The workspace's audit log, for admins. */
@ApiTags('audit')
@Controller('api/v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Allow('admin')
  @ApiOperation({ summary: 'Lists audit events, newest first, filtered by actor, action and time' })
  @ApiQuery({ name: 'actor', required: false, description: 'user id' })
  @ApiQuery({ name: 'action', required: false, example: 'auth.login' })
  @ApiQuery({ name: 'from', required: false, description: 'ISO date-time, inclusive' })
  @ApiQuery({ name: 'to', required: false, description: 'ISO date-time, exclusive' })
  @ApiQuery({ name: 'limit', required: false, description: '1–500, default 100' })
  list(
    @CurrentCaller() caller: Caller,
    @Query(new ZodBodyPipe(auditFilterSchema)) filter: AuditFilter,
  ): Promise<AuditEvent[]> {
    return this.audit.find(caller.workspaceId, filter);
  }
}
