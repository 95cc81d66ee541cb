import { ActionIcon, Tooltip } from '@mantine/core';
import { IconChartDots3 } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCanvasOverlayStore } from '../overlay';
import { useFlowCoverageStore } from './flow-coverage-store';

/**
 * In the editor toolbar while test coverage is drawn on the canvas: says so, and takes
 * the marks off when clicked. Marks drawn for another bot go at once (ids repeat across bots).
 */
export function CoverageMarksChip() {
  const { t } = useTranslation('tests');
  const botId = useParams().botId ?? '';
  const shown = useCanvasOverlayStore((state) => state.source === 'coverage');
  const markedBotId = useFlowCoverageStore((state) => state.markedBotId);
  const clear = useCanvasOverlayStore((state) => state.clear);
  const ours = markedBotId === botId;
  useEffect(() => {
    if (shown && !ours) clear('coverage');
  }, [shown, ours, clear]);
  if (!shown || !ours) return null;
  return (
    <Tooltip label={t('coverage.marksHint')} multiline maw={280}>
      <ActionIcon
        variant="light"
        color="teal"
        aria-label={t('coverage.hide')}
        onClick={() => clear('coverage')}
        data-testid="coverage-marks-chip"
      >
        <IconChartDots3 size={16} />
      </ActionIcon>
    </Tooltip>
  );
}
