import { Controller, Get, Module } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { PolicyCheck } from './policy.check';
import { Allow, Public } from './policy.decorator';

@Controller('checked')
class CheckedController {
  @Get('open')
  @Public()
  open(): string {
    return 'open';
  }

  @Get('forgotten')
  forgotten(): string {
    return 'oops';
  }
}

@Allow('admin')
@Controller('guarded')
class GuardedController {
  @Get()
  list(): string[] {
    return [];
  }
}

@Module({ imports: [DiscoveryModule], controllers: [CheckedController], providers: [PolicyCheck] })
class ForgottenModule {}

@Module({ imports: [DiscoveryModule], controllers: [GuardedController], providers: [PolicyCheck] })
class GuardedModule {}

describe('PolicyCheck', () => {
  it('refuses to start with a route that has no @Allow or @Public, naming it', async () => {
    await expect(
      NestFactory.createApplicationContext(ForgottenModule, { logger: false, abortOnError: false }),
    ).rejects.toThrow(
      'Routes without an access policy (@Allow or @Public): CheckedController.forgotten',
    );
  });

  it('accepts a policy set on the controller class', async () => {
    const app = await NestFactory.createApplicationContext(GuardedModule, { logger: false });
    await app.close();
  });
});
