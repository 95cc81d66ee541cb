import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ChatSocketRefusal } from '../chat-socket/chat-socket.auth';
import { ChatSocketServer } from '../chat-socket/chat-socket.server';
import { SimulatorAuth } from './simulator.auth';
import { SIMULATOR_NAMESPACE } from './simulator.events';
import { SimulatorHandlers, type SimulatorSocket } from './simulator.handlers';

/**
 * The studio's simulator over socket.io (namespace `/simulator`), on the runtime's
 * one socket.io server (with the Redis adapter when `REDIS_URL` is set). A session
 * lives on the socket that started it, so no replica needs to know another's.
 */
@Injectable()
export class SimulatorServer implements OnApplicationBootstrap {
  private readonly logger = new Logger(SimulatorServer.name);

  constructor(
    private readonly sockets: ChatSocketServer,
    private readonly auth: SimulatorAuth,
    private readonly handlers: SimulatorHandlers,
  ) {}

  onApplicationBootstrap(): void {
    this.sockets.attachNamespace((io) => {
      const simulator = io.of(SIMULATOR_NAMESPACE);
      simulator.use((socket, next) => {
        this.auth.authenticate(socket.handshake.auth).then(
          (data) => {
            socket.data = data;
            next();
          },
          (error: unknown) => {
            if (error instanceof ChatSocketRefusal) return next(error);
            this.logger.error(`A simulator socket could not be opened: ${String(error)}`);
            next(new ChatSocketRefusal(503, 'The simulator cannot be opened now; try again'));
          },
        );
      });
      simulator.on('connection', (socket) => this.handlers.connected(socket as SimulatorSocket));
      return simulator;
    });
  }
}
