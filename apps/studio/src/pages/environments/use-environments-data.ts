import { useCallback } from 'react';
import { useApi } from '../../app/api-context';
import { useResource } from '../../app/use-resource';

/**
 * What the environments page shows, loaded together: the environments, the
 * versions (for rollback and promotion), the draft (its bot variables and the
 * secret names it uses), each environment's latest change, the bot's channels, and
 * — for admins, who may list them — the workspace's secrets and users.
 */
export function useEnvironmentsData(botId: string, isAdmin: boolean) {
  const { bots, versions, admin, channels } = useApi();
  return useResource(
    useCallback(async () => {
      const [environments, versionList, draft, channelList, secrets, users] = await Promise.all([
        versions.environments(botId),
        versions.list(botId),
        bots.draft(botId),
        channels.list(botId),
        // Optional extras: the page still works (free text, no names) when they fail.
        isAdmin ? admin.secrets().catch(() => null) : Promise.resolve(null),
        isAdmin ? admin.users().catch(() => null) : Promise.resolve(null),
      ]);
      const histories = await Promise.all(
        environments.map((env) => versions.history(botId, env.name).catch(() => [])),
      );
      return {
        environments,
        versions: versionList,
        draft,
        channels: channelList,
        secretNames: secrets?.map((secret) => secret.name) ?? null,
        userNames: new Map((users ?? []).map((user) => [user.id, user.displayName || user.email])),
        histories: new Map(environments.map((env, index) => [env.name, histories[index] ?? []])),
      };
    }, [bots, versions, admin, channels, botId, isAdmin]),
    `${botId}:${isAdmin}`,
  );
}

export type EnvironmentsData = NonNullable<ReturnType<typeof useEnvironmentsData>['data']>;
