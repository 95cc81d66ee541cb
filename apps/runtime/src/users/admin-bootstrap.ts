import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { RUNTIME_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../config/runtime-config.schema';
import { UsersService } from './users.service';

/**
 * On a fresh install (no user at all) creates the first admin from
 * `PARLEY_ADMIN_EMAIL` / `PARLEY_ADMIN_PASSWORD`, or says how to create one.
 */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('Users');
  private settle: () => void = () => undefined;
  /** Settles once the first-admin check is over (whatever it found), for start-up steps that need users. */
  readonly settled = new Promise<void>((resolve) => {
    this.settle = resolve;
  });

  constructor(
    private readonly users: UsersService,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.createFirstAdmin();
    } finally {
      this.settle();
    }
  }

  private async createFirstAdmin(): Promise<void> {
    if ((await this.users.count()) > 0) return;
    const admin = this.config.admin;
    if (admin) {
      const user = await this.users.createAdmin(admin.email, admin.password);
      this.logger.log(`created the first admin ${user.email} from PARLEY_ADMIN_EMAIL`);
      return;
    }
    this.logger.warn(
      'there is no user yet: create an admin with `parley admin create`, or set ' +
        'PARLEY_ADMIN_EMAIL and PARLEY_ADMIN_PASSWORD and restart',
    );
  }
}
