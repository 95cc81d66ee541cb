import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconMessageChatbot } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The product's name and mark, as the header and the log-in page show it. */
export function BrandMark({ size = 'md' }: { size?: 'md' | 'lg' }) {
  const { t } = useTranslation();
  const large = size === 'lg';
  return (
    <Group gap={large ? 'sm' : 8} wrap="nowrap">
      <ThemeIcon
        size={large ? 40 : 30}
        radius="md"
        variant="gradient"
        gradient={{ from: 'parley.5', to: 'violet.5', deg: 135 }}
      >
        <IconMessageChatbot size={large ? 24 : 18} stroke={1.8} />
      </ThemeIcon>
      <Text fw={700} fz={large ? 22 : 17} lts={-0.2}>
        {t('common:appName')}
      </Text>
    </Group>
  );
}
