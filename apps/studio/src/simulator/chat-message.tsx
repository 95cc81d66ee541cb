import { Badge, Button, Group, Image, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BotMessage, SimButton, SimCard } from './simulator-schemas';
import classes from './simulator.module.css';

interface ChatMessageProps {
  message: BotMessage;
  /** Buttons are pressable on the latest turn only: older ones belong to the past. */
  canPress: boolean;
  onPress: (button: SimButton) => void;
  /** Clicking the message shows the node that sent it. */
  onShowNode: () => void;
  testId: string;
}

/** One bot message as a chat shows it: text with buttons and quick replies, images, cards. */
export function ChatMessage({ message, canPress, onPress, onShowNode, testId }: ChatMessageProps) {
  const { t } = useTranslation('simulator');
  if (message.type === 'handoff' || message.type === 'end') {
    return (
      <Group justify="center" data-testid={testId}>
        <Badge
          variant="light"
          color={message.type === 'end' ? 'gray' : 'orange'}
          className={classes.marker}
          onClick={onShowNode}
        >
          {message.type === 'end'
            ? t(`chat.ended.${message.status}`)
            : t('chat.handoff', { queue: message.queue })}
        </Badge>
      </Group>
    );
  }
  const quickReplies = message.type === 'text' ? (message.quickReplies ?? []) : [];
  return (
    <Stack gap={6} align="flex-start" data-testid={testId} data-node={message.nodeId}>
      <div
        className={classes.botBubble}
        role="button"
        tabIndex={0}
        title={t('chat.showNode', { node: message.nodeId })}
        onClick={onShowNode}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            onShowNode();
          }
        }}
      >
        <MessageBody message={message} canPress={canPress} onPress={onPress} />
      </div>
      {quickReplies.length > 0 && (
        <Group gap={6}>
          {quickReplies.map((reply) => (
            <Button
              key={reply.payload}
              size="compact-sm"
              radius="xl"
              variant="outline"
              disabled={!canPress}
              onClick={() => onPress(reply)}
              data-testid={`sim-quick-reply-${reply.payload}`}
            >
              {reply.label}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}

function MessageBody({
  message,
  canPress,
  onPress,
}: {
  message: BotMessage;
  canPress: boolean;
  onPress: (button: SimButton) => void;
}) {
  switch (message.type) {
    case 'text':
      return (
        <>
          <Text size="sm" className={classes.text}>
            {message.text}
          </Text>
          {(message.buttons ?? []).length > 0 && (
            <Stack gap={4} mt={8}>
              {(message.buttons ?? []).map((button) => (
                <PressButton key={button.payload} button={button} {...{ canPress, onPress }} />
              ))}
            </Stack>
          )}
        </>
      );
    case 'image':
      return <Image src={message.url} alt={message.alt ?? ''} radius="sm" maw={240} />;
    case 'card':
      return <CardView card={message.card} canPress={canPress} onPress={onPress} />;
    case 'carousel':
      return (
        <ScrollArea type="auto" offsetScrollbars maw={300}>
          <Group gap={8} wrap="nowrap" align="stretch">
            {message.cards.map((card, index) => (
              <CardView key={index} card={card} canPress={canPress} onPress={onPress} />
            ))}
          </Group>
        </ScrollArea>
      );
    default:
      return null;
  }
}

function CardView({
  card,
  canPress,
  onPress,
}: {
  card: SimCard;
  canPress: boolean;
  onPress: (button: SimButton) => void;
}) {
  return (
    <Paper withBorder radius="md" w={220} p={0} style={{ overflow: 'hidden', flexShrink: 0 }}>
      {card.imageUrl && <Image src={card.imageUrl} alt="" h={110} fit="cover" />}
      <Stack gap={4} p="xs">
        <Text size="sm" fw={600}>
          {card.title}
        </Text>
        {card.subtitle && (
          <Text size="xs" c="dimmed">
            {card.subtitle}
          </Text>
        )}
        {card.buttons.map((button) => (
          <PressButton key={button.payload} button={button} canPress={canPress} onPress={onPress} />
        ))}
      </Stack>
    </Paper>
  );
}

function PressButton({
  button,
  canPress,
  onPress,
}: {
  button: SimButton;
  canPress: boolean;
  onPress: (button: SimButton) => void;
}) {
  return (
    <Button
      size="compact-sm"
      variant="light"
      fullWidth
      disabled={!canPress}
      onClick={(event) => {
        // The bubble around it shows its node; pressing is something else.
        event.stopPropagation();
        onPress(button);
      }}
      data-testid={`sim-button-${button.payload}`}
    >
      {button.label}
    </Button>
  );
}
