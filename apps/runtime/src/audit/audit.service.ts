import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

/** One entry of the audit log, as a caller describes it. */
export interface AuditRecord {
  workspaceId: string;
  action: string;
  actorUserId?: string | null;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
}

/** Appends to and reads a workspace's audit log. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /**
   * Appends an event. Pass the `manager` of a transaction to commit the event
   * together with the change it describes.
   */
  record(record: AuditRecord, manager?: EntityManager): Promise<AuditEvent> {
    const events = manager ? manager.getRepository(AuditEvent) : this.events;
    return events.save(
      events.create({
        workspaceId: record.workspaceId,
        action: record.action,
        actorUserId: record.actorUserId ?? null,
        targetType: record.targetType ?? null,
        targetId: record.targetId ?? null,
        details: record.details ?? {},
      }),
    );
  }

  /** The workspace's latest events, newest first. */
  latest(workspaceId: string, limit = 50): Promise<AuditEvent[]> {
    return this.events.find({ where: { workspaceId }, order: { createdAt: 'DESC' }, take: limit });
  }
}
