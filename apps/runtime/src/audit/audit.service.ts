import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  And,
  type EntityManager,
  type FindOperator,
  LessThan,
  MoreThanOrEqual,
  Repository,
} from 'typeorm';
import { z } from 'zod';
import type { Actor } from './audit-actor';
import { AuditEvent } from './audit-event.entity';

/** Filters of `GET /api/v1/audit` (query parameters). */
export const auditFilterSchema = z.strictObject({
  actor: z.uuid().optional(),
  action: z.string().min(1).max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** One entry of the audit log, as a caller describes it. */
export interface AuditRecord {
  workspaceId: string;
  action: string;
  actorUserId?: string | null;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
  /** The client address of the request that caused it. */
  clientIp?: string;
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
        clientIp: record.clientIp ?? null,
      }),
    );
  }

  /**
   * Appends an event `actor` caused: the user, the client address, and the API
   * key (in `details`) when one was used.
   */
  recordBy(
    actor: Actor,
    record: Omit<AuditRecord, 'actorUserId' | 'clientIp'>,
    manager?: EntityManager,
  ): Promise<AuditEvent> {
    return this.record(
      {
        ...record,
        actorUserId: actor.userId ?? null,
        clientIp: actor.ip,
        details: { ...record.details, ...(actor.apiKeyId ? { apiKeyId: actor.apiKeyId } : {}) },
      },
      manager,
    );
  }

  /** The workspace's events matching `filter`, newest first. */
  find(workspaceId: string, filter: AuditFilter): Promise<AuditEvent[]> {
    const bounds: FindOperator<Date>[] = [
      ...(filter.from ? [MoreThanOrEqual(new Date(filter.from))] : []),
      ...(filter.to ? [LessThan(new Date(filter.to))] : []),
    ];
    return this.events.find({
      where: {
        workspaceId,
        ...(filter.actor ? { actorUserId: filter.actor } : {}),
        ...(filter.action ? { action: filter.action } : {}),
        ...(bounds.length ? { createdAt: And(...bounds) } : {}),
      },
      order: { createdAt: 'DESC' },
      take: filter.limit,
    });
  }

  /** The workspace's latest events, newest first. */
  latest(workspaceId: string, limit = 50): Promise<AuditEvent[]> {
    return this.events.find({ where: { workspaceId }, order: { createdAt: 'DESC' }, take: limit });
  }
}
