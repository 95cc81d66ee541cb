import { Button, Checkbox, JsonInput, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartOptions } from './simulator-session';

interface StartFormProps {
  locales: readonly string[];
  initial: StartOptions;
  /** The node selected on the canvas, offered as the place to start. */
  selectedNode: { flowId: string; nodeId: string } | undefined;
  busy: boolean;
  onStart: (options: StartOptions) => void;
}

/** How to start the next conversation: language, start node, variables, contact attributes. */
export function StartForm({ locales, initial, selectedNode, busy, onStart }: StartFormProps) {
  const { t } = useTranslation('simulator');
  const [locale, setLocale] = useState(initial.locale ?? locales[0] ?? 'en');
  const [atSelected, setAtSelected] = useState(initial.startAt !== undefined);
  const [vars, setVars] = useState(objectText(initial.vars));
  const [contact, setContact] = useState(objectText(initial.contact));
  const varsError = objectError(vars);
  const contactError = objectError(contact);
  const startAt = atSelected ? (selectedNode ?? initial.startAt) : undefined;

  const submit = () => {
    if (varsError || contactError) return;
    const parsedVars = parseObject(vars);
    const parsedContact = parseObject(contact);
    onStart({
      locale,
      ...(startAt ? { startAt } : {}),
      ...(parsedVars ? { vars: parsedVars } : {}),
      ...(parsedContact ? { contact: parsedContact } : {}),
    });
  };

  return (
    <Stack gap="sm" data-testid="sim-start-form">
      <Select
        label={t('start.locale')}
        data={locales.map((value) => ({ value, label: value }))}
        value={locale}
        onChange={(value) => value && setLocale(value)}
        allowDeselect={false}
        size="xs"
        data-testid="sim-start-locale"
      />
      <Checkbox
        label={startAt ? t('start.atNode', { node: startAt.nodeId }) : t('start.atSelected')}
        description={selectedNode || startAt ? undefined : t('start.selectFirst')}
        disabled={!selectedNode && !initial.startAt}
        checked={atSelected && startAt !== undefined}
        onChange={(event) => setAtSelected(event.currentTarget.checked)}
        size="xs"
        data-testid="sim-start-at-node"
      />
      <JsonInput
        label={t('start.vars')}
        description={t('start.varsHint')}
        placeholder='{ "orderId": "AB123456" }'
        value={vars}
        onChange={setVars}
        error={varsError ? t('start.notAnObject') : undefined}
        autosize
        minRows={2}
        maxRows={6}
        size="xs"
        data-testid="sim-start-vars"
      />
      <JsonInput
        label={t('start.contact')}
        placeholder='{ "firstName": "Ana" }'
        value={contact}
        onChange={setContact}
        error={contactError ? t('start.notAnObject') : undefined}
        autosize
        minRows={2}
        maxRows={6}
        size="xs"
        data-testid="sim-start-contact"
      />
      {startAt && (
        <Text size="xs" c="dimmed">
          {t('start.atNodeHint')}
        </Text>
      )}
      <Button
        onClick={submit}
        loading={busy}
        disabled={varsError || contactError}
        data-testid="sim-start-submit"
      >
        {t('start.submit')}
      </Button>
    </Stack>
  );
}

function objectText(value: Record<string, unknown> | undefined): string {
  return value && Object.keys(value).length > 0 ? JSON.stringify(value, null, 2) : '';
}

function parseObject(text: string): Record<string, unknown> | undefined {
  if (text.trim() === '') return undefined;
  return JSON.parse(text) as Record<string, unknown>;
}

/** True when the text is neither empty nor a JSON object. */
function objectError(text: string): boolean {
  if (text.trim() === '') return false;
  try {
    const value: unknown = JSON.parse(text);
    return value === null || typeof value !== 'object' || Array.isArray(value);
  } catch {
    return true;
  }
}
