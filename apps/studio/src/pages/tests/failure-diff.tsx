import { Badge, Box, Code, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { MessageExpectation, StoredConversationTest } from '@parley/flow';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TestFailure, TestResult, TurnResult } from '../../api/tests-schemas';
import classes from './failure-diff.module.css';
import { expectationView, isVisible, sentMessageView } from './sent-message';
import { describeInput } from './turn-input';
import { wordDiff } from './word-diff';

/**
 * Expected beside actual, turn by turn up to the one that failed (highlighted): each
 * expected message against what the bot said, a changed word marked, and for other
 * checks (node, variables, end) the two values the runner compared.
 */
export function FailureDiff({
  test,
  result,
}: {
  test: StoredConversationTest;
  result: TestResult;
}) {
  return (
    <Stack gap="sm" data-testid="failure-diff">
      {result.turns.map((turn) => (
        <TurnDiff
          key={turn.index}
          turn={turn}
          expected={test.turns[turn.index]?.expect?.messages}
          failure={result.failure?.turn === turn.index ? result.failure : undefined}
        />
      ))}
    </Stack>
  );
}

function TurnDiff(props: {
  turn: TurnResult;
  expected: MessageExpectation[] | undefined;
  failure: TestFailure | undefined;
}) {
  const { t } = useTranslation('tests');
  const { turn, expected, failure } = props;
  const said = turn.messages.filter(isVisible);
  const wrong = new Set(
    (turn.failures ?? []).filter((f) => f.kind === 'message').map((f) => f.index ?? -1),
  );
  const rows = expected === undefined ? 0 : Math.max(expected.length, said.length);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      className={turn.passed ? undefined : classes.failing}
      data-testid={`diff-turn-${turn.index}`}
      data-failing={turn.passed ? undefined : true}
    >
      <Group gap="xs" mb="xs" wrap="nowrap">
        {turn.passed ? (
          <IconCircleCheck size={16} color="var(--mantine-color-teal-6)" />
        ) : (
          <IconCircleX size={16} color="var(--mantine-color-red-6)" />
        )}
        <Text size="sm" fw={600}>
          {t('diff.turn', { number: turn.index + 1 })}
        </Text>
        <Text size="sm" c="dimmed" truncate>
          {describeInput(t, turn.input)}
        </Text>
      </Group>
      <SimpleGrid cols={2} spacing="xs" verticalSpacing={4}>
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          {t('diff.expected')}
        </Text>
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          {t('diff.actual')}
        </Text>
        {expected === undefined && (
          <>
            <Text size="sm" c="dimmed" fs="italic">
              {t('diff.notChecked')}
            </Text>
            <SaidList messages={said.map(sentMessageView)} />
          </>
        )}
        {Array.from({ length: rows }, (_, index) => (
          <MessageCells
            key={index}
            expected={expected?.[index]}
            actual={said[index] === undefined ? undefined : sentMessageView(said[index])}
            wrong={wrong.has(index)}
          />
        ))}
        {failure && failure.field !== 'message' && (
          <>
            <FieldCell
              label={t(`diff.field.${failure.field}`, { defaultValue: failure.field })}
              value={failure.expected}
              kind="removed"
            />
            <FieldCell
              label={t(`diff.field.${failure.field}`, { defaultValue: failure.field })}
              value={failure.actual}
              kind="added"
            />
          </>
        )}
      </SimpleGrid>
    </Paper>
  );
}

function MessageCells(props: {
  expected: MessageExpectation | undefined;
  actual: { text: string; buttons: string[] } | undefined;
  wrong: boolean;
}) {
  const { t } = useTranslation('tests');
  const expected = props.expected === undefined ? undefined : expectationView(props.expected);
  // A changed word is marked only where an exact text was expected.
  const diff =
    props.wrong && expected?.match === 'text' && props.actual
      ? wordDiff(expected.value, props.actual.text)
      : null;
  const cell = props.wrong ? classes.wrong : classes.cell;
  return (
    <>
      <Box className={cell} data-testid="diff-expected">
        {expected === undefined ? (
          <Text size="sm" c="dimmed" fs="italic">
            {t('diff.nothing')}
          </Text>
        ) : (
          <Stack gap={2}>
            <Text size="sm">
              {expected.match !== 'text' && expected.match !== 'none' && (
                <Badge size="xs" variant="light" mr={6}>
                  {t(`editor.match.${expected.match}`)}
                </Badge>
              )}
              {diff
                ? diff
                    .filter((p) => p.kind !== 'added')
                    .map((p, i) => (
                      <span
                        key={i}
                        className={p.kind === 'removed' ? classes.removed : undefined}
                        data-diff={p.kind === 'removed' ? 'removed' : undefined}
                      >
                        {p.text}
                      </span>
                    ))
                : expected.value}
            </Text>
            {expected.buttons && <Buttons labels={expected.buttons} />}
          </Stack>
        )}
      </Box>
      <Box className={cell} data-testid="diff-actual">
        {props.actual === undefined ? (
          <Text size="sm" c="dimmed" fs="italic">
            {t('diff.nothing')}
          </Text>
        ) : (
          <Stack gap={2}>
            <Text size="sm">
              {diff
                ? diff
                    .filter((p) => p.kind !== 'removed')
                    .map((p, i) => (
                      <span
                        key={i}
                        className={p.kind === 'added' ? classes.added : undefined}
                        data-diff={p.kind === 'added' ? 'added' : undefined}
                      >
                        {p.text}
                      </span>
                    ))
                : props.actual.text}
            </Text>
            {props.actual.buttons.length > 0 && <Buttons labels={props.actual.buttons} />}
          </Stack>
        )}
      </Box>
    </>
  );
}

function SaidList({ messages }: { messages: { text: string; buttons: string[] }[] }) {
  return (
    <Stack gap={4}>
      {messages.map((message, index) => (
        <Box key={index} className={classes.cell}>
          <Text size="sm">{message.text}</Text>
          {message.buttons.length > 0 && <Buttons labels={message.buttons} />}
        </Box>
      ))}
    </Stack>
  );
}

function Buttons({ labels }: { labels: string[] }) {
  return (
    <Group gap={4}>
      {labels.map((label, index) => (
        <Badge key={index} size="sm" variant="outline" radius="sm" tt="none">
          {label}
        </Badge>
      ))}
    </Group>
  );
}

function FieldCell(props: { label: string; value: unknown; kind: 'removed' | 'added' }) {
  return (
    <Box
      className={classes.wrong}
      data-testid={props.kind === 'removed' ? 'diff-expected' : 'diff-actual'}
    >
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Code
        block
        className={props.kind === 'removed' ? classes.expectedValue : classes.actualValue}
      >
        {props.value === undefined ? '—' : JSON.stringify(props.value, null, 2)}
      </Code>
    </Box>
  );
}
