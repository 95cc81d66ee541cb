import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { RuntimeConfig } from './runtime-config.schema';

/** Injection token of the {@link RuntimeConfig}: `@Inject(RUNTIME_CONFIG)`. */
export const RUNTIME_CONFIG = Symbol('RUNTIME_CONFIG');
/** Injection token of the 32-byte master key (a `Buffer`), from the environment or the key file. */
export const MASTER_KEY = Symbol('MASTER_KEY');

/**
 * Provides the configuration validated at start to every module. It is loaded
 * before Nest starts (bad values must stop the process with one line each, not a
 * Nest stack trace), so this module only hands the result around.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: RuntimeConfig, masterKey: Buffer): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: RUNTIME_CONFIG, useValue: config },
        { provide: MASTER_KEY, useValue: masterKey },
      ],
      exports: [RUNTIME_CONFIG, MASTER_KEY],
    };
  }
}
