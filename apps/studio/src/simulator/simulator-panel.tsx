import {
  ActionIcon,
  Center,
  Group,
  Loader,
  Popover,
  Select,
  Stack,
  Text,
  ThemeIcon,
  Tooltip,
} from '@mantine/core';
import {
  IconAdjustmentsHorizontal,
  IconMessageChatbot,
  IconRefresh,
  IconTestPipe,
  IconX,
} from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanvasOverlayStore } from '../canvas/overlay';
import type { DraftDocument } from '../draft/draft-document';
import type { DraftStore } from '../draft/draft-store';
import { useDraft } from '../draft/use-draft';
import { ChatComposer } from './chat-composer';
import { ChatTranscript } from './chat-transcript';
import { DisconnectedBanner, DraftChangedBanner, FailureBanner } from './simulator-banners';
import { SaveTestModal } from './save-test-modal';
import { sessionToTest } from './session-to-test';
import { shownTurnIndex } from './simulator-store';
import { StartForm } from './start-form';
import { type PathMarks, turnFocus, turnPathMarks } from './trace-path';
import { TurnInspector } from './turn-inspector';
import { useSimulator, useSimulatorStore } from './use-simulator';
import classes from './simulator.module.css';

type NodeRef = { flowId: string; nodeId: string };

export interface SimulatorPanelProps {
  botId: string;
  draft: DraftStore;
  document: DraftDocument;
  /** The node selected on the canvas (to start at). */
  selectedNode: NodeRef | undefined;
  /** Opens the node's flow and selects the node (a message or a step was clicked). */
  onSelectNode: (node: NodeRef) => void;
  /** Opens the node's flow and brings it into view, without selecting it (after a turn). */
  onFollowNode: (node: NodeRef) => void;
  onClose: () => void;
}

/**
 * The simulator docked beside the canvas: a chat with the bot's current draft, run
 * by the runtime with staging's variables and secrets; the path of each turn lit
 * on the canvas; a turn inspector; and the conversation saved as a test.
 */
export function SimulatorPanel(props: SimulatorPanelProps) {
  const { botId, draft, document } = props;
  const { t } = useTranslation('simulator');
  const { store, retry } = useSimulatorStore(botId, draft);
  const connection = useSimulator(store, (s) => s.connection);
  const session = useSimulator(store, (s) => s.session);
  const busy = useSimulator(store, (s) => s.busy);
  const typing = useSimulator(store, (s) => s.typing);
  const failure = useSimulator(store, (s) => s.failure);
  const refusal = useSimulator(store, (s) => s.draftRefusal);
  const selectedTurn = useSimulator(store, (s) => s.selectedTurn);
  const draftRevision = useDraft(draft, (s) => s.revision);
  const [optionsOpen, setOptionsOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const actions = store.getState();

  // The first connection starts a conversation at once, as a chat window would.
  const autoStarted = useRef(false);
  useEffect(() => {
    if (connection !== 'connected' || autoStarted.current) return;
    autoStarted.current = true;
    void actions.start({ locale: document.defaultLocale });
  }, [connection, actions, document.defaultLocale]);

  const turns = session?.turns ?? [];
  const shown = shownTurnIndex({ session, selectedTurn });
  const shownTurn = turns[shown];
  const marks = useMemo(
    () => (shownTurn ? turnPathMarks(shownTurn, document) : undefined),
    [shownTurn, document],
  );
  useCanvasMarks(marks);

  // After each new turn, the canvas follows the conversation to where it waits.
  // Only on a new turn: opening another flow meanwhile is the analyst's choice.
  const latest = turns.at(-1);
  const follow = useRef(props.onFollowNode);
  useEffect(() => {
    follow.current = props.onFollowNode;
  });
  useEffect(() => {
    const focus = latest ? turnFocus(latest) : undefined;
    if (focus) follow.current(focus);
  }, [latest]);

  const draftChanged =
    session !== null && (refusal !== null || draftRevision > session.draftRevision);
  const ended = latest?.state.status === 'ended';
  const testable = session ? sessionToTest(session, 'x', document.defaultLocale) : 'empty';
  const locale = latest?.state.locale ?? session?.options.locale ?? document.defaultLocale;

  return (
    <div className={classes.panel} data-testid="simulator-panel">
      <Group justify="space-between" px="sm" py={8} wrap="nowrap" style={{ borderBottom: border }}>
        <Group gap={8} wrap="nowrap">
          <ThemeIcon variant="light" color="violet" size="md">
            <IconMessageChatbot size={16} />
          </ThemeIcon>
          <Stack gap={0}>
            <Text size="sm" fw={600}>
              {t('title')}
            </Text>
            <Text size="xs" c="dimmed" data-testid="sim-connection" data-state={connection}>
              {t(`connection.${connection}`)}
            </Text>
          </Stack>
        </Group>
        <Group gap={4} wrap="nowrap">
          {document.locales.length > 1 && (
            <Select
              size="xs"
              w={84}
              aria-label={t('locale')}
              data={document.locales.map((value) => ({ value, label: value }))}
              value={locale}
              allowDeselect={false}
              disabled={!session || busy}
              onChange={(value) => value && void actions.setLocale(value)}
              data-testid="sim-locale"
            />
          )}
          <Tooltip label={t('restart')}>
            <ActionIcon
              variant="subtle"
              color="gray"
              disabled={!session || busy}
              aria-label={t('restart')}
              onClick={() => void actions.restart()}
              data-testid="sim-restart"
            >
              <IconRefresh size={16} />
            </ActionIcon>
          </Tooltip>
          <Popover
            opened={optionsOpen}
            onChange={setOptionsOpen}
            width={300}
            position="bottom-end"
            shadow="md"
            withinPortal
          >
            <Popover.Target>
              <Tooltip label={t('start.title')} disabled={optionsOpen}>
                <ActionIcon
                  variant={optionsOpen ? 'light' : 'subtle'}
                  color="gray"
                  aria-label={t('start.title')}
                  onClick={() => setOptionsOpen((open) => !open)}
                  disabled={connection !== 'connected'}
                  data-testid="sim-options"
                >
                  <IconAdjustmentsHorizontal size={16} />
                </ActionIcon>
              </Tooltip>
            </Popover.Target>
            <Popover.Dropdown>
              <StartForm
                locales={document.locales}
                initial={session?.options ?? { locale: document.defaultLocale }}
                selectedNode={props.selectedNode}
                busy={busy}
                onStart={(options) => {
                  setOptionsOpen(false);
                  void actions.start(options);
                }}
              />
            </Popover.Dropdown>
          </Popover>
          <Tooltip
            label={
              typeof testable === 'string' ? t(`saveTest.cannot.${testable}`) : t('saveTest.title')
            }
          >
            <ActionIcon
              variant="subtle"
              color="gray"
              disabled={typeof testable === 'string' || busy}
              aria-label={t('saveTest.title')}
              onClick={() => setSaving(true)}
              data-testid="sim-save-test"
            >
              <IconTestPipe size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('close')}>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('close')}
              onClick={props.onClose}
              data-testid="sim-close"
            >
              <IconX size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      {(connection === 'disconnected' || draftChanged || failure) && (
        <Stack gap="xs" p="xs" style={{ borderBottom: border }}>
          {connection === 'disconnected' && <DisconnectedBanner onRetry={retry} />}
          {connection !== 'disconnected' && draftChanged && (
            <DraftChangedBanner
              refusal={refusal}
              busy={busy}
              onContinue={() => void actions.continueOnDraft()}
              onRestart={() => void actions.restart()}
            />
          )}
          {failure && connection !== 'disconnected' && <FailureBanner failure={failure} />}
        </Stack>
      )}
      {session === null ? (
        <Center className={classes.chat} data-testid="sim-loading">
          {connection === 'disconnected' || (failure && !busy) ? (
            <Text size="sm" c="dimmed" ta="center" maw={260}>
              {t('emptyHint')}
            </Text>
          ) : (
            <Stack align="center" gap="xs">
              <Loader size="sm" />
              <Text size="sm" c="dimmed">
                {t('starting')}
              </Text>
            </Stack>
          )}
        </Center>
      ) : (
        <>
          <ChatTranscript
            turns={turns}
            typing={typing || busy}
            canPress={!busy && connection === 'connected'}
            shownTurn={shown}
            onPress={(button) => void actions.press(button.payload, button.label)}
            onShowMessage={(turnIndex, flowId, nodeId) => {
              actions.selectTurn(turnIndex);
              props.onSelectNode({ flowId, nodeId });
            }}
            onSelectTurn={(index) => actions.selectTurn(index)}
          />
          <ChatComposer
            disabled={busy || connection !== 'connected'}
            ended={ended}
            onSay={(text) => void actions.say(text)}
            onRestart={() => void actions.restart()}
          />
          <TurnInspector
            turns={turns}
            index={shown}
            onSelectTurn={(index) => actions.selectTurn(index)}
            onShowNode={(flowId, nodeId) => props.onSelectNode({ flowId, nodeId })}
          />
        </>
      )}
      {saving && session && (
        <SaveTestModal session={session} draft={draft} onClose={() => setSaving(false)} />
      )}
    </div>
  );
}

/** Draws the turn's path on the canvas; the panel's marks go when it closes. */
function useCanvasMarks(marks: PathMarks | undefined): void {
  useEffect(() => {
    const overlay = useCanvasOverlayStore.getState();
    if (marks) overlay.set('simulator', marks.nodes, marks.edges);
    else overlay.clear('simulator');
  }, [marks]);
  useEffect(() => () => useCanvasOverlayStore.getState().clear('simulator'), []);
}

const border = '1px solid var(--mantine-color-default-border)';
