import type { EntityManager } from 'typeorm';
import { ApiKey } from '../api-keys/api-key.entity';
import type { Caller } from '../auth/caller';
import { User } from '../users/user.entity';

/** Who made a change, as far as the service knows: a caller of the API, or nobody (start-up, CLI). */
export type Actor = Partial<Pick<Caller, 'userId' | 'apiKeyId' | 'ip'>>;

/** How a change's author is shown later, even after the user or key is gone. */
export async function actorLabel(manager: EntityManager, actor: Actor): Promise<string> {
  if (actor.userId) {
    const user = await manager.findOneBy(User, { id: actor.userId });
    if (user) return user.email;
  }
  if (actor.apiKeyId) {
    const key = await manager.findOneBy(ApiKey, { id: actor.apiKeyId });
    if (key) return `API key ${key.name}`;
  }
  return 'system';
}
