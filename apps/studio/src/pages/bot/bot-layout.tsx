import {
  ActionIcon,
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Loader,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconAlertCircle, IconArrowLeft } from '@tabler/icons-react';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useMatch, useParams } from 'react-router';
import { useApi } from '../../app/api-context';
import { errorMessage } from '../../app/notify-error';
import { useCurrentBotStore } from '../../app/current-bot-store';
import { HEADER_HEIGHT } from '../../app/studio-shell';
import { useResource } from '../../app/use-resource';
import type { BotContext } from './bot-context';
import { BotNav } from './bot-nav';

const NAV_WIDTH = 232;
/** On the canvas every pixel counts: the navigation shrinks to icons there. */
const COMPACT_NAV_WIDTH = 64;

/** One bot: its name and pages on the left, the chosen page filling the rest. */
export function BotLayout() {
  const { t } = useTranslation();
  const { bots } = useApi();
  const botId = useParams().botId ?? '';
  const bot = useResource(
    useCallback(() => bots.get(botId), [bots, botId]),
    botId,
  );
  const compact = useMatch('/bots/:botId/flows') !== null;
  const name = bot.data?.name ?? null;
  const setCurrentName = useCurrentBotStore((state) => state.setName);

  useEffect(() => {
    setCurrentName(name);
    const previousTitle = document.title;
    if (name) document.title = `${name} · ${t('common:appName')}`;
    return () => {
      setCurrentName(null);
      document.title = previousTitle;
    };
  }, [name, setCurrentName, t]);

  if (!bot.data) {
    return (
      <Center flex={1} p="xl">
        {bot.loading ? (
          <Loader aria-label={t('common:loading')} />
        ) : (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={18} />}
            title={t('bot:loadFailed')}
            maw={480}
          >
            <Stack gap="sm" align="flex-start">
              <Text size="sm">{errorMessage(t, bot.error)}</Text>
              <Button component={Link} to="/" variant="light" size="xs" color="red">
                {t('bot:backToBots')}
              </Button>
            </Stack>
          </Alert>
        )}
      </Center>
    );
  }

  const context: BotContext = { bot: bot.data, reloadBot: bot.reload };
  return (
    <Group gap={0} align="stretch" wrap="nowrap" h={`calc(100dvh - ${HEADER_HEIGHT}px)`}>
      <Box
        w={compact ? COMPACT_NAV_WIDTH : NAV_WIDTH}
        p={compact ? 'xs' : 'md'}
        bg="white"
        style={{ flexShrink: 0, borderRight: '1px solid var(--mantine-color-gray-3)' }}
      >
        {compact ? (
          <Stack align="center" gap="xs" mb="sm">
            <Tooltip label={t('bot:allBots')} position="right">
              <ActionIcon
                component={Link}
                to="/"
                variant="subtle"
                color="gray"
                size={40}
                aria-label={t('bot:allBots')}
              >
                <IconArrowLeft size={18} />
              </ActionIcon>
            </Tooltip>
          </Stack>
        ) : (
          <Anchor component={Link} to="/" size="xs" c="dimmed" display="block" mb="md">
            <Group gap={4}>
              <IconArrowLeft size={14} />
              {t('bot:allBots')}
            </Group>
          </Anchor>
        )}
        <BotNav compact={compact} />
      </Box>
      <Box flex={1} miw={0} style={{ overflow: 'auto', display: 'flex', flexDirection: 'column' }}>
        <Outlet context={context} />
      </Box>
    </Group>
  );
}
