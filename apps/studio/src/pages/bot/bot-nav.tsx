import { NavLink, Stack, Tooltip, UnstyledButton } from '@mantine/core';
import {
  IconBraces,
  IconFlask,
  IconHistory,
  IconPlugConnected,
  IconRoute,
  IconServer,
  IconSettings,
  IconTags,
  IconTargetArrow,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import classes from './bot-nav.module.css';

/** The bot's pages, in the order an analyst works through them. */
const sections: {
  path: string;
  key: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
}[] = [
  { path: 'flows', key: 'bot:nav.flows', icon: IconRoute },
  { path: 'intents', key: 'bot:nav.intents', icon: IconTargetArrow },
  { path: 'entities', key: 'bot:nav.entities', icon: IconTags },
  { path: 'variables', key: 'bot:nav.variables', icon: IconBraces },
  { path: 'settings', key: 'bot:nav.settings', icon: IconSettings },
  { path: 'tests', key: 'tests:nav', icon: IconFlask },
  { path: 'versions', key: 'bot:nav.versions', icon: IconHistory },
  { path: 'environments', key: 'environments:nav', icon: IconServer },
  { path: 'channels', key: 'channels:nav', icon: IconPlugConnected },
];

/** The bot's pages; `compact` shows icons only (with tooltips), leaving the canvas room. */
export function BotNav({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack
      gap={2}
      component="nav"
      aria-label={t('bot:nav.label')}
      align={compact ? 'center' : 'stretch'}
    >
      {sections.map(({ path, key, icon: Icon }) => (
        <RouterNavLink
          key={path}
          to={path}
          className={classes.link}
          data-testid={`nav-${path}`}
          aria-label={t(key)}
        >
          {({ isActive }) =>
            compact ? (
              <Tooltip label={t(key)} position="right">
                <UnstyledButton
                  component="span"
                  className={classes.icon}
                  data-active={isActive || undefined}
                >
                  <Icon size={20} stroke={1.7} />
                </UnstyledButton>
              </Tooltip>
            ) : (
              <NavLink
                component="span"
                label={t(key)}
                leftSection={<Icon size={18} stroke={1.7} />}
                active={isActive}
                variant="light"
                className={classes.item}
              />
            )
          }
        </RouterNavLink>
      ))}
    </Stack>
  );
}
