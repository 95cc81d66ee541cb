import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** How long `/ready` waits for the database before calling it unreachable. */
const READY_TIMEOUT_MS = 2000;

/** Liveness and readiness, for load balancers and orchestrators. */
@Injectable()
export class HealthService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The process is up and serving HTTP; says nothing about its dependencies. */
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The database answers `SELECT 1`; otherwise a 503, so traffic goes elsewhere. */
  async ready(): Promise<{ status: 'ready' }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), READY_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.dataSource.query('SELECT 1'), timeout]);
      return { status: 'ready' };
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'unreachable' });
    } finally {
      clearTimeout(timer);
    }
  }
}
