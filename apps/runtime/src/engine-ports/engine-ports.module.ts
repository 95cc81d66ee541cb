import { Module } from '@nestjs/common';
import { SecretsModule } from '../secrets/secrets.module';
import { EnginePortsFactory } from './engine-ports.factory';

/** The engine's ports as the runtime implements them, built per turn by `EnginePortsFactory`. */
@Module({
  imports: [SecretsModule],
  providers: [EnginePortsFactory],
  exports: [EnginePortsFactory],
})
export class EnginePortsModule {}
