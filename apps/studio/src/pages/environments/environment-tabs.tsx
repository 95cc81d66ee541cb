import { Tabs } from '@mantine/core';
import {
  IconBraces,
  IconHistory,
  IconKey,
  IconPlugConnected,
  type Icon,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The sections of an environment card, in the order their tabs stand. */
const tabs = [
  { value: 'variables', icon: IconBraces },
  { value: 'secrets', icon: IconKey, testId: 'environment-tab-secrets' },
  { value: 'channels', icon: IconPlugConnected, testId: 'environment-tab-channels' },
  { value: 'history', icon: IconHistory, testId: 'environment-tab-history' },
] as const satisfies readonly { value: string; icon: Icon; testId?: string }[];

export type EnvironmentSection = (typeof tabs)[number]['value'];

/** The card's sections as tabs, variables open first; only the open section is mounted. */
export function EnvironmentTabs(props: { panels: Record<EnvironmentSection, ReactNode> }) {
  const { t } = useTranslation('environments');
  return (
    <Tabs defaultValue="variables" keepMounted={false}>
      <Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Tab
            key={tab.value}
            value={tab.value}
            leftSection={<tab.icon size={14} />}
            data-testid={'testId' in tab ? tab.testId : undefined}
          >
            {t(`tabs.${tab.value}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((tab) => (
        <Tabs.Panel key={tab.value} value={tab.value} pt="sm">
          {props.panels[tab.value]}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
