/** `@parley/conversation-tests/testing`: fixtures for specs of hosts that run stored tests. */
export * from './greeter-bot';
