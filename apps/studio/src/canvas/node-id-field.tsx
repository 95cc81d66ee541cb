import { Group, Text, TextInput } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TooltipIconButton } from '../app/tooltip-icon-button';
import type { NodeIdIssue } from '../draft/rename-node';

interface NodeIdFieldProps {
  id: string;
  /** Why a candidate id cannot be used, or `null` when it can. */
  issueOf: (candidate: string) => NodeIdIssue | null;
  /** Counts requests to rename from the keyboard (F2); a new count opens the box. */
  renameRequests: number;
  onRename: (id: string) => void;
}

/**
 * The node's id under its kind: the name that conversation tests, analytics and
 * traces use, so analysts give nodes names such as `ask-order`. The pencil (or F2
 * on the canvas) turns it into a box; Enter keeps a valid id, Escape the old one.
 */
export function NodeIdField({ id, issueOf, renameRequests, onRename }: NodeIdFieldProps) {
  const { t } = useTranslation('canvas');
  const [editing, setEditing] = useState(false);
  // The count the panel opened with is not a request: only presses after it are.
  const seenRequests = useRef(renameRequests);
  useEffect(() => {
    if (renameRequests === seenRequests.current) return;
    seenRequests.current = renameRequests;
    setEditing(true);
  }, [renameRequests]);
  if (editing) {
    return (
      <NodeIdBox
        id={id}
        issueOf={issueOf}
        onDone={(next) => {
          setEditing(false);
          if (next !== null && next !== id) onRename(next);
        }}
      />
    );
  }
  return (
    <Group gap={2} wrap="nowrap" miw={0}>
      <Text size="xs" c="dimmed" ff="monospace" truncate data-testid="node-id">
        {id}
      </Text>
      <TooltipIconButton
        label={t('panel.renameId')}
        size="xs"
        color="gray"
        testId="node-id-edit"
        onClick={() => setEditing(true)}
      >
        <IconPencil size={12} />
      </TooltipIconButton>
    </Group>
  );
}

function NodeIdBox(props: {
  id: string;
  issueOf: (candidate: string) => NodeIdIssue | null;
  onDone: (id: string | null) => void;
}) {
  const { t } = useTranslation('canvas');
  const [text, setText] = useState(props.id);
  const finished = useRef(false);
  const issue = props.issueOf(text.trim());
  const finish = (result: string | null) => {
    // Leaving the box after Enter or Escape must not decide a second time.
    if (finished.current) return;
    finished.current = true;
    props.onDone(result);
  };
  return (
    <TextInput
      size="xs"
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      aria-label={t('panel.idLabel')}
      ff="monospace"
      value={text}
      error={issue === null ? undefined : t(`panel.idIssue.${issue}`)}
      data-testid="node-id-input"
      onChange={(event) => setText(event.currentTarget.value)}
      // Leaving the box keeps a valid id and quietly drops an invalid one.
      onBlur={() => finish(issue === null ? text.trim() : null)}
      onKeyDown={(event) => {
        // The canvas must not take these keys (Delete, Ctrl+Z) while the id is typed.
        event.stopPropagation();
        if (event.key === 'Enter' && issue === null) finish(text.trim());
        if (event.key === 'Escape') finish(null);
      }}
    />
  );
}
