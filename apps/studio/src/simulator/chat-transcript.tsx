import { Badge, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ChatMessage } from './chat-message';
import type { SimButton } from './simulator-schemas';
import type { SimTurn } from './simulator-session';
import classes from './simulator.module.css';

interface ChatTranscriptProps {
  turns: readonly SimTurn[];
  typing: boolean;
  canPress: boolean;
  shownTurn: number;
  onPress: (button: SimButton) => void;
  /** A bot message was clicked: show its node and the turn that sent it. */
  onShowMessage: (turnIndex: number, flowId: string, nodeId: string) => void;
  onSelectTurn: (turnIndex: number) => void;
}

/** The conversation so far, as the customer would see it, newest at the bottom. */
export function ChatTranscript(props: ChatTranscriptProps) {
  const { t } = useTranslation('simulator');
  const viewport = useRef<HTMLDivElement>(null);
  const count = props.turns.reduce((sum, turn) => sum + turn.messages.length + 1, 0);
  useEffect(() => {
    const box = viewport.current;
    box?.scrollTo({ top: box.scrollHeight, behavior: 'smooth' });
  }, [count, props.typing]);
  const last = props.turns.length - 1;
  return (
    <ScrollArea className={classes.chat} viewportRef={viewport} data-testid="sim-transcript">
      <Stack gap="sm" p="md">
        {props.turns.map((turn, turnIndex) => (
          <Stack key={turnIndex} gap="sm" data-testid={`sim-turn-${turnIndex}`}>
            <TurnInputView
              turn={turn}
              onClick={() => props.onSelectTurn(turnIndex)}
              shown={turnIndex === props.shownTurn}
            />
            {turn.messages.map((message, index) => (
              <ChatMessage
                key={index}
                message={message}
                canPress={props.canPress && turnIndex === last}
                onPress={props.onPress}
                onShowNode={() => props.onShowMessage(turnIndex, message.flowId, message.nodeId)}
                testId={`sim-message-${turnIndex}-${index}`}
              />
            ))}
          </Stack>
        ))}
        {props.typing && (
          <div className={classes.typing} aria-label={t('chat.typing')} data-testid="sim-typing">
            <span />
            <span />
            <span />
          </div>
        )}
        {props.turns.length > 0 && props.turns[last]?.messages.length === 0 && !props.typing && (
          <Text size="xs" c="dimmed" ta="center">
            {t('chat.noReply')}
          </Text>
        )}
      </Stack>
    </ScrollArea>
  );
}

function TurnInputView({
  turn,
  onClick,
  shown,
}: {
  turn: SimTurn;
  onClick: () => void;
  shown: boolean;
}) {
  const { t } = useTranslation('simulator');
  const { input } = turn;
  if (input.kind === 'say' || input.kind === 'press') {
    return (
      <div
        className={classes.userBubble}
        onClick={onClick}
        style={shown ? { boxShadow: '0 0 0 2px var(--mantine-color-violet-2)' } : undefined}
      >
        <Text size="sm" className={classes.text}>
          {input.kind === 'say' ? input.text : (input.text ?? input.payload)}
        </Text>
      </div>
    );
  }
  return (
    <Group justify="center">
      <Badge
        variant={shown ? 'light' : 'default'}
        color="violet"
        className={classes.marker}
        onClick={onClick}
      >
        {input.kind === 'timer' ? t('chat.timerFired') : t('chat.started')}
      </Badge>
    </Group>
  );
}
