import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { BotsModule } from '../bots/bots.module';
import { ChatSocketModule } from '../chat-socket/chat-socket.module';
import { EnginePortsModule } from '../engine-ports/engine-ports.module';
import { UsersModule } from '../users/users.module';
import { SimulatorAuth } from './simulator.auth';
import { SimulatorHandlers } from './simulator.handlers';
import { SimulatorServer } from './simulator.server';
import { SimulatorService } from './simulator.service';

/** The studio's simulator: namespace `/simulator`, drafts run in process, nothing stored. */
@Module({
  imports: [AuthModule, UsersModule, BotsModule, EnginePortsModule, ChatSocketModule],
  providers: [SimulatorAuth, SimulatorService, SimulatorHandlers, SimulatorServer],
})
export class SimulatorModule {}
