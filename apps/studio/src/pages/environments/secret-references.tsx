import {
  ActionIcon,
  Autocomplete,
  Button,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconArrowRight, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Environment } from '../../api/versions-schemas';
import { SaveBar } from './save-bar';
import {
  documentSecretNames,
  type SecretRow,
  secretRowProblem,
  secretRows,
  secretsBody,
} from './secret-references-model';
import { useEnvironmentRows } from './use-environment-rows';

/**
 * Which vault secret each secret name of the document stands for in this
 * environment. Admins pick from the workspace's secrets; others, who may not
 * list them, type the name.
 */
export function SecretReferences(props: {
  botId: string;
  environment: Environment;
  document: Record<string, unknown>;
  /** The workspace's secret names, or `null` when the caller may not list them. */
  secretNames: readonly string[] | null;
  canEdit: boolean;
  onSaved: (environment: Environment) => void;
}) {
  const { t } = useTranslation('environments');
  const used = documentSecretNames(props.document);
  const { rows, dirty, saving, save, update, add, reset } = useEnvironmentRows({
    botId: props.botId,
    environment: props.environment,
    initial: () => secretRows(props.environment.secrets, used),
    keyOf: (row: SecretRow) => row.key,
    onSaved: props.onSaved,
  });
  const body = secretsBody(rows);

  return (
    <Stack gap="xs" data-testid="environment-secrets">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('secrets.empty')}
        </Text>
      )}
      {rows.map((row) => {
        const problem = secretRowProblem(row, rows);
        return (
          <Group key={row.key} gap={6} wrap="nowrap" align="flex-start" data-testid="secret-row">
            <Autocomplete
              size="xs"
              style={{ flex: 1 }}
              aria-label={t('secrets.documentName')}
              placeholder={t('secrets.documentName')}
              data={used}
              value={row.documentName}
              disabled={!props.canEdit}
              onChange={(documentName) => update(row.key, { documentName })}
              error={
                problem === 'documentName'
                  ? t('secrets.problem.documentName')
                  : problem === 'duplicate'
                    ? t('secrets.problem.duplicate')
                    : null
              }
              data-testid="secret-document-name"
            />
            <IconArrowRight size={16} style={{ marginTop: 7, flexShrink: 0 }} aria-hidden />
            {props.secretNames ? (
              <Select
                size="xs"
                style={{ flex: 1 }}
                aria-label={t('secrets.vaultName')}
                placeholder={t('secrets.pickSecret')}
                data={
                  props.secretNames.includes(row.vaultName) || !row.vaultName
                    ? [...props.secretNames]
                    : [row.vaultName, ...props.secretNames]
                }
                value={row.vaultName || null}
                disabled={!props.canEdit}
                searchable
                clearable
                nothingFoundMessage={t('secrets.noSecrets')}
                onChange={(vaultName) => update(row.key, { vaultName: vaultName ?? '' })}
                data-testid="secret-vault-name"
              />
            ) : (
              <TextInput
                size="xs"
                style={{ flex: 1 }}
                aria-label={t('secrets.vaultName')}
                placeholder={t('secrets.vaultName')}
                value={row.vaultName}
                disabled={!props.canEdit}
                onChange={(event) => update(row.key, { vaultName: event.currentTarget.value })}
                error={problem === 'vaultName' ? t('secrets.problem.vaultName') : null}
                data-testid="secret-vault-name"
              />
            )}
            {props.canEdit && (
              <Tooltip label={t('secrets.remove')}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mt={2}
                  onClick={() => update(row.key, null)}
                  aria-label={t('secrets.remove')}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        );
      })}
      {props.secretNames === null && props.canEdit && (
        <Text size="xs" c="dimmed">
          {t('secrets.freeTextHint')}
        </Text>
      )}
      {props.canEdit && (
        <Group justify="space-between">
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              add((current) => ({
                key: Math.max(-1, ...current.map((row) => row.key)) + 1,
                documentName: '',
                vaultName: '',
              }))
            }
            data-testid="secret-add"
          >
            {t('secrets.add')}
          </Button>
          <SaveBar
            dirty={dirty}
            saving={saving}
            invalid={body === null}
            onReset={reset}
            onSave={() => body && void save({ secrets: body })}
            testId="secrets-save"
          />
        </Group>
      )}
    </Stack>
  );
}
