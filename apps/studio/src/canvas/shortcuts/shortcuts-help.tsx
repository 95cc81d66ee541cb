import { Group, Kbd, Modal, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { comboLabels, isMacPlatform, shortcuts } from './shortcuts';

interface ShortcutsHelpProps {
  opened: boolean;
  onClose: () => void;
  /** Defaults to this browser's platform; tests pass one. */
  mac?: boolean;
}

/** Every canvas shortcut from the one table, with this platform's keys (⌘ on a Mac, Ctrl elsewhere). */
export function ShortcutsHelp({ opened, onClose, mac = isMacPlatform() }: ShortcutsHelpProps) {
  const { t } = useTranslation('canvas');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('shortcuts.title')}
      size="lg"
      data-testid="shortcuts-help"
    >
      <Table striped verticalSpacing={6} data-testid="shortcuts-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('shortcuts.action')}</Table.Th>
            <Table.Th>{t('shortcuts.keys')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shortcuts.map((shortcut) => (
            <Table.Tr key={shortcut.command} data-testid={`shortcut-${shortcut.command}`}>
              <Table.Td>
                <Text size="sm">{t(`shortcuts.command.${shortcut.command}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {shortcut.keys.map((combo, index) => (
                    <Fragment key={index}>
                      {index > 0 && (
                        <Text size="xs" c="dimmed">
                          {t('shortcuts.or')}
                        </Text>
                      )}
                      <Group gap={2} wrap="nowrap">
                        {comboLabels(combo, mac).map((cap, capIndex) => (
                          <Kbd key={capIndex} size="xs">
                            {cap}
                          </Kbd>
                        ))}
                      </Group>
                    </Fragment>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="sm">
        {t('shortcuts.inputHint')}
      </Text>
    </Modal>
  );
}
