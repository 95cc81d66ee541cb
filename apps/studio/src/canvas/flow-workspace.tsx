import { Box, Divider, Group, Paper, Stack } from '@mantine/core';
import type { Problem } from '@parley/flow';
import { useReactFlow } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addFlow, renameFlow, setNodeData } from '../draft/document-edits';
import type { DraftDocument } from '../draft/draft-document';
import { nodeIdIssue, renameNode } from '../draft/rename-node';
import type { DraftStore } from '../draft/draft-store';
import { problemsByNode, useBotProblems } from './bot-problems';
import { useBotNames, useOutcomeContext } from './bot-names';
import { emptySelection, type CanvasSelection } from './canvas-selection';
import { EditorToolbar } from './editor-toolbar';
import { FlowCanvas } from './flow-canvas';
import { FlowList } from './flow-list';
import { NodePalette } from './node-palette';
import { useNodeFocus } from './node-focus/use-node-focus';
import { SettingsPanel } from './settings-panel';
import { useAddNode } from './use-add-node';
import { useCanvasEditing } from './use-canvas-editing';
import { problemsByEdge } from './problems/problem-filters';
import { ProblemsPanel } from './problems/problems-panel';
import { useProblemsDock } from './problems/use-problems-dock';
import { useShowProblem } from './problems/use-show-problem';
import { SimulatorDock } from '../simulator';

const border = '1px solid var(--mantine-color-default-border)';

/** Flow list and palette on the left, the canvas in the middle, the selected node's settings on the right. */
export function FlowWorkspace({ store, document }: { store: DraftStore; document: DraftDocument }) {
  const { t } = useTranslation('canvas');
  const { screenToFlowPosition } = useReactFlow();
  const [openFlowId, setOpenFlowId] = useState(document.flows[0]?.id ?? '');
  const [selection, setSelection] = useState<CanvasSelection>(emptySelection);
  const [simulatorOpen, setSimulatorOpen] = useState(false);
  // Bumped by F2: the settings panel opens the selected node's id box on each change.
  const [renameRequests, setRenameRequests] = useState(0);
  const canvasBox = useRef<HTMLDivElement>(null);
  // A flow can vanish under the editor (their draft taken after a conflict): fall back to the first.
  const flow = document.flows.find((candidate) => candidate.id === openFlowId) ?? document.flows[0];
  const flowId = flow?.id ?? '';
  // Soon after each pause in editing, from the draft in memory: no need to wait for a save.
  const problems = useBotProblems(document, 250);
  const bot = useBotNames(document);
  const context = useOutcomeContext(document);
  const nodeProblems = useMemo(() => problemsByNode(problems, flowId), [problems, flowId]);
  const edgeProblems = useMemo(() => problemsByEdge(problems, flowId), [problems, flowId]);
  const problemsDock = useProblemsDock();
  const showProblem = useShowProblem(document, setOpenFlowId, setSelection);
  const errorCounts = useMemo(() => countErrors(problems), [problems]);
  const addNodeAt = useAddNode(store, flowId);
  const { edit } = store.getState();

  const openFlow = useCallback((id: string) => {
    setOpenFlowId(id);
    setSelection(emptySelection);
  }, []);
  // A link may name a node to open (a conversation test's divergence).
  useNodeFocus(document, openFlow, setSelection);
  const addAndSelect = useCallback(
    (kind: string, position: { x: number; y: number }) => {
      const id = addNodeAt(kind, position);
      if (id !== undefined) setSelection({ nodes: [id], edges: [] });
    },
    [addNodeAt],
  );
  const addInView = (kind: string) => {
    const box = canvasBox.current?.getBoundingClientRect();
    const centre = box
      ? { x: box.left + box.width / 2, y: box.top + box.height / 3 }
      : { x: 0, y: 0 };
    const point = screenToFlowPosition(centre);
    // Nudged a little per node so that several clicks do not stack them exactly.
    const nudge = ((flow?.nodes.length ?? 0) % 5) * 24;
    addAndSelect(kind, { x: point.x - 120 + nudge, y: point.y + nudge });
  };
  const editing = useCanvasEditing({
    store,
    document,
    flow,
    selection,
    setSelection,
    openFlow,
    addNode: addAndSelect,
    renameNode: () => setRenameRequests((count) => count + 1),
    canvasBox,
  });
  const deleteSelection = () => void editing.commands.deleteSelection();
  const addNewFlow = () => {
    let created = '';
    edit((doc) => {
      const result = addFlow(doc, t('flows.newName', { number: doc.flows.length + 1 }));
      created = result.flowId;
      return result.document;
    });
    if (created !== '') openFlow(created);
  };

  if (flow === undefined) return null;
  const selectedNode =
    selection.nodes.length === 1
      ? flow.nodes.find((node) => node.id === selection.nodes[0])
      : undefined;
  return (
    <Box style={{ display: 'flex', height: '100%', minHeight: 0 }} data-testid="flow-editor">
      <Stack w={260} p="sm" gap="sm" style={{ borderRight: border, flexShrink: 0, minHeight: 0 }}>
        <FlowList
          flows={document.flows}
          activeId={flowId}
          errorCounts={errorCounts}
          onOpen={openFlow}
          onAdd={addNewFlow}
          onRename={(id, name) => edit((doc) => renameFlow(doc, id, name))}
        />
        <Divider />
        <Box style={{ flex: 1, minHeight: 0 }}>
          <NodePalette onAdd={addInView} />
        </Box>
      </Stack>
      <Box style={{ flex: 1, display: 'flex', flexDirection: 'column', minWidth: 0 }}>
        <Box
          ref={canvasBox}
          style={{ flex: 1, position: 'relative', minHeight: 0 }}
          onPointerMove={editing.trackPointer}
          onPointerLeave={editing.forgetPointer}
        >
          <FlowCanvas
            key={flowId}
            store={store}
            flow={flow}
            context={context}
            problems={nodeProblems}
            edgeProblems={edgeProblems}
            selection={selection}
            onSelectionChange={setSelection}
            onAddNode={addAndSelect}
            onContextMenu={editing.openContextMenu}
            toolbar={
              <Group gap="xs" wrap="nowrap" align="stretch">
                <Paper withBorder shadow="xs" radius="md" px={4} py={4}>
                  {editing.actions}
                </Paper>
                <EditorToolbar
                  store={store}
                  problems={problems}
                  canDelete={selection.nodes.length + selection.edges.length > 0}
                  onDelete={deleteSelection}
                  problemsOpen={problemsDock.open}
                  onToggleProblems={problemsDock.toggle}
                  simulatorOpen={simulatorOpen}
                  onToggleSimulator={() => setSimulatorOpen((open) => !open)}
                />
              </Group>
            }
          />
          {editing.overlays}
        </Box>
        {problemsDock.open && (
          <ProblemsPanel
            problems={problems}
            document={document}
            openFlowId={flowId}
            onSelect={showProblem}
            onClose={problemsDock.close}
          />
        )}
      </Box>
      {selectedNode && (
        <Box w={380} style={{ borderLeft: border, flexShrink: 0, minHeight: 0 }}>
          <SettingsPanel
            node={selectedNode}
            bot={bot}
            problems={nodeProblems.get(selectedNode.id) ?? []}
            onChange={(data) =>
              // Typing in one node's form is one undo step per pause, not one per key.
              edit((doc) => setNodeData(doc, flowId, selectedNode.id, data), {
                key: `settings-${flowId}-${selectedNode.id}`,
              })
            }
            idIssueOf={(candidate) => nodeIdIssue(flow, selectedNode.id, candidate)}
            renameRequests={renameRequests}
            onRename={(to) => {
              edit((doc) => renameNode(doc, flowId, selectedNode.id, to));
              setSelection({ nodes: [to], edges: [] });
            }}
            onDelete={deleteSelection}
            onClose={() => setSelection(emptySelection)}
          />
        </Box>
      )}
      {simulatorOpen && (
        <SimulatorDock
          store={store}
          document={document}
          flowId={flowId}
          selection={selection}
          openFlow={openFlow}
          select={setSelection}
          onClose={() => setSimulatorOpen(false)}
        />
      )}
    </Box>
  );
}

function countErrors(problems: readonly Problem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const problem of problems) {
    if (problem.severity !== 'error' || problem.flowId === undefined) continue;
    counts.set(problem.flowId, (counts.get(problem.flowId) ?? 0) + 1);
  }
  return counts;
}
