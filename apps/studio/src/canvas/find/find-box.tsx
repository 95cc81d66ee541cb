import {
  ActionIcon,
  Badge,
  Group,
  Paper,
  ScrollArea,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSearch, IconX } from '@tabler/icons-react';
import { getNodeDefinition } from '@parley/nodes';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftDocument } from '../../draft/draft-document';
import { localize, useUiLocale } from '../../settings-form';
import { searchNodes, type NodeMatch } from './node-search';
import classes from './find-box.module.css';

interface FindBoxProps {
  document: DraftDocument;
  openFlowId: string;
  /** Selects the node and centres the view on it, opening its flow first when needed. */
  onJump: (match: NodeMatch) => void;
  onClose: () => void;
}

/**
 * Finds nodes by their text across the bot's flows. Enter jumps to the next match
 * (Shift+Enter the previous), so do the arrow keys; Escape closes.
 */
export function FindBox({ document, openFlowId, onJump, onClose }: FindBoxProps) {
  const { t } = useTranslation('canvas');
  const locale = useUiLocale();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<number | null>(null);
  // The open flow's matches first, as it was when the query was typed: a jump to another
  // flow must not reorder the results under the analyst.
  const [firstFlowId, setFirstFlowId] = useState(openFlowId);
  const matches = useMemo(
    () => searchNodes(document, query, firstFlowId),
    [document, query, firstFlowId],
  );

  const jumpTo = (index: number) => {
    const match = matches[index];
    if (match === undefined) return;
    setActive(index);
    setShown(index);
    onJump(match);
  };
  const step = (by: 1 | -1) => {
    if (matches.length === 0) return;
    // The first Enter shows the highlighted match; the next ones move on.
    if (shown !== active && by === 1) return jumpTo(active);
    jumpTo((active + by + matches.length) % matches.length);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
    else if (event.key === 'Enter') step(event.shiftKey ? -1 : 1);
    else if (event.key === 'ArrowDown') step(1);
    else if (event.key === 'ArrowUp') step(-1);
    else return;
    event.preventDefault();
  };

  return (
    <Paper withBorder shadow="md" radius="md" p={6} w={360} data-testid="find-box">
      <Group gap={4} wrap="nowrap">
        <TextInput
          size="xs"
          autoFocus
          style={{ flex: 1 }}
          leftSection={<IconSearch size={14} />}
          placeholder={t('find.placeholder')}
          aria-label={t('find.placeholder')}
          value={query}
          data-testid="find-input"
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setFirstFlowId(openFlowId);
            setActive(0);
            setShown(null);
          }}
          onKeyDown={onKeyDown}
        />
        <Text size="xs" c="dimmed" miw={48} ta="center" data-testid="find-count">
          {query.trim() === ''
            ? ''
            : matches.length === 0
              ? t('find.none')
              : t('find.position', { current: active + 1, total: matches.length })}
        </Text>
        <ActionIcon
          size="sm"
          variant="subtle"
          color="gray"
          aria-label={t('find.previous')}
          disabled={matches.length === 0}
          onClick={() => step(-1)}
          data-testid="find-previous"
        >
          <IconChevronUp size={14} />
        </ActionIcon>
        <ActionIcon
          size="sm"
          variant="subtle"
          color="gray"
          aria-label={t('find.next')}
          disabled={matches.length === 0}
          onClick={() => step(1)}
          data-testid="find-next"
        >
          <IconChevronDown size={14} />
        </ActionIcon>
        <ActionIcon
          size="sm"
          variant="subtle"
          color="gray"
          aria-label={t('find.close')}
          onClick={onClose}
          data-testid="find-close"
        >
          <IconX size={14} />
        </ActionIcon>
      </Group>
      {matches.length > 0 && (
        <ScrollArea.Autosize mah={240} mt={6} type="auto">
          <Stack gap={2} role="listbox" aria-label={t('find.results')}>
            {matches.map((match, index) => {
              const definition = getNodeDefinition(match.kind);
              return (
                <UnstyledButton
                  key={`${match.flowId}/${match.nodeId}`}
                  role="option"
                  aria-selected={index === active}
                  className={classes.result}
                  data-active={index === active || undefined}
                  data-testid={`find-result-${match.flowId}-${match.nodeId}`}
                  onClick={() => jumpTo(index)}
                >
                  <Group gap={6} wrap="nowrap">
                    <Text size="xs" fw={600} style={{ flexShrink: 0 }}>
                      {definition ? localize(definition.label, locale) : match.kind}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace" truncate style={{ flex: 1 }}>
                      {match.nodeId}
                    </Text>
                    {match.flowId !== openFlowId && (
                      <Badge size="xs" variant="light" color="gray" style={{ flexShrink: 0 }}>
                        {match.flowName}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" truncate>
                    {match.excerpt}
                  </Text>
                </UnstyledButton>
              );
            })}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </Paper>
  );
}
