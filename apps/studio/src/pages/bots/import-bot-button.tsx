import { Button, FileButton } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import type { BotSummary } from '../../api/bot-schemas';
import { useApi } from '../../app/api-context';
import { notifyError } from '../../app/notify-error';
import { type ImportFailure, ImportProblemsModal } from './import-problems-modal';
import { readImportFile } from './read-import-file';

/** Imports a bot from a JSON file: an export file or a bare bot document. */
export function ImportBotButton({ onImported }: { onImported: (bot: BotSummary) => void }) {
  const { t } = useTranslation();
  const { bots } = useApi();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  // Cleared after each attempt so picking the same (fixed) file again fires again.
  const resetRef = useRef<() => void>(null);

  async function importFile(file: File | null) {
    if (!file) return;
    setBusy(true);
    try {
      const content = await readImportFile(file);
      if (content === undefined) {
        setFailure({ fileName: file.name, problems: [{ message: t('bots:import.notJson') }] });
        return;
      }
      onImported(await bots.importFile(content));
    } catch (error) {
      if ((isApiError(error, 422) || isApiError(error, 400)) && error.problems.length > 0) {
        setFailure({ fileName: file.name, problems: error.problems });
      } else {
        notifyError(t, t('bots:import.failed'), error);
      }
    } finally {
      setBusy(false);
      resetRef.current?.();
    }
  }

  return (
    <>
      <FileButton
        onChange={(file) => void importFile(file)}
        accept="application/json,.json"
        resetRef={resetRef}
      >
        {(props) => (
          <Button
            {...props}
            variant="default"
            leftSection={<IconFileImport size={18} />}
            loading={busy}
            data-testid="import-bot"
          >
            {t('bots:import.button')}
          </Button>
        )}
      </FileButton>
      <ImportProblemsModal failure={failure} onClose={() => setFailure(null)} />
    </>
  );
}
