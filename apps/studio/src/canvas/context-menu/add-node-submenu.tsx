import { Menu, ScrollArea } from '@mantine/core';
import { paletteGroups } from '@parley/nodes';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, useUiLocale } from '../../settings-form';
import { KindIcon } from '../kind-icon';

/** "Add node" with the palette's kinds by section, for the canvas's context menu. */
export function AddNodeSubmenu({
  icon,
  onAdd,
}: {
  icon: ReactNode;
  onAdd: (kind: string) => void;
}) {
  const { t } = useTranslation('canvas');
  const locale = useUiLocale();
  return (
    <Menu.Sub position="right-start" offset={4}>
      <Menu.Sub.Target>
        <Menu.Sub.Item leftSection={icon} data-testid="context-add-node">
          {t('context.addNode')}
        </Menu.Sub.Item>
      </Menu.Sub.Target>
      <Menu.Sub.Dropdown>
        <ScrollArea.Autosize mah={360} type="auto">
          {paletteGroups().map((group) => (
            <div key={group.category}>
              <Menu.Label>{localize(group.label, locale)}</Menu.Label>
              {group.definitions.map((definition) => (
                <Menu.Item
                  key={definition.kind}
                  leftSection={
                    <KindIcon name={definition.icon} category={definition.category} size={14} />
                  }
                  data-testid={`context-add-${definition.kind}`}
                  onClick={() => onAdd(definition.kind)}
                >
                  {localize(definition.label, locale)}
                </Menu.Item>
              ))}
            </div>
          ))}
        </ScrollArea.Autosize>
      </Menu.Sub.Dropdown>
    </Menu.Sub>
  );
}
