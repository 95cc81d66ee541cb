import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AdminBootstrap } from './admin-bootstrap';
import { User } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Studio users and their roles; the first admin at first start. */
@Module({
  imports: [TypeOrmModule.forFeature([User]), AuditModule],
  controllers: [UsersController],
  providers: [UsersService, AdminBootstrap],
  exports: [UsersService, AdminBootstrap],
})
export class UsersModule {}
