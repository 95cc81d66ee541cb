import { Box } from '@mantine/core';
import { FlowEditor } from '../../canvas';
import { useApi } from '../../app/api-context';
import { useNodeFocusFromUrl } from '../../canvas/node-focus/use-node-focus-from-url';
import { useBot } from './bot-context';

/**
 * The bot's flows on the canvas. The editor fills its container, so the page
 * pins a box to the space beside the navigation.
 */
export function FlowsPage() {
  const { bot } = useBot();
  const { drafts } = useApi();
  useNodeFocusFromUrl();
  return (
    <Box flex={1} mih={0} pos="relative" data-testid="flows-page">
      <Box pos="absolute" inset={0}>
        <FlowEditor botId={bot.id} api={drafts} />
      </Box>
    </Box>
  );
}
