import { Badge, Code, Group, List, Text } from '@mantine/core';
import { getNodeDefinition } from '@parley/nodes';
import { useTranslation } from 'react-i18next';
import { localize, useUiLocale } from '../../settings-form';
import type { NodeUse } from './where-used';

/** The nodes that use something, by flow: kind, node id and how it is used. */
export function UsageList({ uses }: { uses: readonly NodeUse[] }) {
  const { t } = useTranslation('botData');
  const locale = useUiLocale();
  if (uses.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('usage.none')}
      </Text>
    );
  return (
    <List spacing={6} size="sm" listStyleType="none" data-testid="usage-list">
      {uses.map((use) => {
        const definition = getNodeDefinition(use.kind);
        return (
          <List.Item key={`${use.flowId}/${use.nodeId}`}>
            <Group gap={6} wrap="wrap">
              <Text size="sm" fw={500}>
                {use.flowName}
              </Text>
              <Text size="sm" c="dimmed">
                ›
              </Text>
              <Text size="sm">{definition ? localize(definition.label, locale) : use.kind}</Text>
              <Code fz="xs">{use.nodeId}</Code>
              {use.how.map((how) => (
                <Badge
                  key={how}
                  size="xs"
                  variant="light"
                  color={how === 'writes' ? 'grape' : 'blue'}
                >
                  {t(`usage.${how}`)}
                </Badge>
              ))}
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
