import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PATH_METADATA } from '@nestjs/common/constants';
import { POLICY_KEY } from './policy.decorator';

/**
 * Refuses to start when any controller handler lacks `@Allow(...)` or `@Public()`:
 * a forgotten policy must never mean an open route.
 */
@Injectable()
export class PolicyCheck implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const missing = this.discovery.getControllers().flatMap(({ instance, metatype }) => {
      if (!metatype || typeof instance !== 'object' || instance === null) return [];
      const prototype: unknown = Object.getPrototypeOf(instance);
      if (typeof prototype !== 'object' || prototype === null) return [];
      return this.scanner.getAllMethodNames(prototype).flatMap((name) => {
        const handler: unknown = Reflect.get(prototype, name);
        if (typeof handler !== 'function') return [];
        const isRoute = this.reflector.get<unknown>(PATH_METADATA, handler) !== undefined;
        const policy = this.reflector.getAllAndOverride<unknown>(POLICY_KEY, [handler, metatype]);
        return isRoute && policy === undefined ? [`${metatype.name}.${name}`] : [];
      });
    });
    if (missing.length > 0) {
      throw new Error(`Routes without an access policy (@Allow or @Public): ${missing.join(', ')}`);
    }
  }
}
