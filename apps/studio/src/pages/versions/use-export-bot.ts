import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useApi } from '../../app/api-context';
import { notifyError } from '../../app/notify-error';

const exportNameSchema = z.looseObject({
  bot: z.looseObject({ draft: z.looseObject({ id: z.string().optional() }) }),
});

/**
 * Downloads a bot as its export file (draft, versions, environments with secret
 * names only), named like the CLI names it: `<document id>.parley.json`.
 */
export function useExportBot(): {
  exporting: boolean;
  exportBot: (botId: string) => Promise<void>;
} {
  const { t } = useTranslation('versions');
  const { versions } = useApi();
  const [exporting, setExporting] = useState(false);
  const exportBot = useCallback(
    async (botId: string) => {
      setExporting(true);
      try {
        const file = await versions.exportFile(botId);
        const parsed = exportNameSchema.safeParse(file);
        const id = (parsed.success && parsed.data.bot.draft.id) || 'bot';
        download(`${id}.parley.json`, JSON.stringify(file, null, 2));
      } catch (error) {
        notifyError(t, t('export.failed'), error);
      } finally {
        setExporting(false);
      }
    },
    [versions, t],
  );
  return { exporting, exportBot };
}

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next tick: some browsers read the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
