import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { AuditModule } from '../audit/audit.module';
import { UsersModule } from '../users/users.module';
import { AccessTokenService } from './access-token.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { PolicyCheck } from './policy.check';
import { RefreshToken } from './refresh-token.entity';

/**
 * Log-in and sessions, and the global guard that enforces every route's policy
 * (`@Allow` / `@Public`); the runtime refuses to start with a route lacking one.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([RefreshToken]),
    DiscoveryModule,
    UsersModule,
    ApiKeysModule,
    AuditModule,
  ],
  controllers: [AuthController],
  providers: [
    AccessTokenService,
    AuthService,
    PolicyCheck,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, AccessTokenService],
})
export class AuthModule {}
