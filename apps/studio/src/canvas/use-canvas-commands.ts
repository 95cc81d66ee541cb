import { notifications } from '@mantine/notifications';
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { moveNodes, removeElements } from '../draft/document-edits';
import type { DraftDocument, DraftFlow } from '../draft/draft-document';
import type { DraftStore } from '../draft/draft-store';
import type { CanvasSelection } from './canvas-selection';
import { copyNodes } from './clipboard/clipboard-payload';
import { pasteNodes, pasteStep, type PastePlacement } from './clipboard/paste-nodes';
import { readClipboard, writeClipboard } from './clipboard/system-clipboard';
import { layoutFlow, type LayoutDirection } from './layout/auto-layout';

type Point = { x: number; y: number };

interface CommandInputs {
  store: DraftStore;
  flow: DraftFlow;
  selection: CanvasSelection;
  setSelection: (selection: CanvasSelection) => void;
  openFlow: (flowId: string) => void;
  layoutDirection: LayoutDirection;
  /** Where new things go without a pointer: the middle of the visible canvas, in flow units. */
  viewCentre: () => Point;
  /** The pointer over the canvas, in flow units, or `null` when it is elsewhere. */
  pointer: () => Point | null;
}

/** What the canvas can do, from the keyboard, the toolbar or the context menu alike. */
export interface CanvasCommands {
  undo: () => void;
  redo: () => void;
  copy: () => boolean;
  cut: () => boolean;
  paste: (at?: Point) => Promise<void>;
  duplicate: () => boolean;
  deleteSelection: () => boolean;
  selectAll: () => void;
  autoLayout: (direction?: LayoutDirection) => void;
  fitView: () => void;
}

/**
 * The editing commands of the open flow. Each document change is one `edit`,
 * hence one undo step; undo and redo open the flow they changed, so nothing
 * changes out of sight.
 */
export function useCanvasCommands(inputs: CommandInputs): CanvasCommands {
  const { store, flow, selection, setSelection } = inputs;
  const { t } = useTranslation('canvas');
  const reactFlow = useReactFlow();
  const edit = store.getState().edit;

  const travel = (step: () => void) => {
    const before = store.getState().document;
    step();
    const after = store.getState().document;
    const changed = before && after ? changedFlowId(before, after) : undefined;
    if (changed !== undefined && changed !== flow.id) inputs.openFlow(changed);
  };

  const paste = (payload: Parameters<typeof pasteNodes>[2], placement: PastePlacement) => {
    let added: string[] = [];
    edit((doc) => {
      const result = pasteNodes(doc, flow.id, payload, placement);
      added = result.nodeIds;
      return result.document;
    });
    setSelection({ nodes: added, edges: [] });
    return added.length > 0;
  };

  const copy = () => {
    const payload = copyNodes(flow, selection.nodes);
    if (payload === null) return false;
    void writeClipboard(payload);
    notifications.show({
      message: t('clipboard.copied', { count: payload.nodes.length }),
      autoClose: 2000,
    });
    return true;
  };

  const deleteSelection = () => {
    if (selection.nodes.length + selection.edges.length === 0) return false;
    edit((doc) => removeElements(doc, flow.id, selection.nodes, selection.edges));
    setSelection({ nodes: [], edges: [] });
    return true;
  };

  const fitView = () => void reactFlow.fitView({ padding: 0.15, maxZoom: 1, duration: 250 });

  return {
    undo: () => travel(() => store.getState().undo()),
    redo: () => travel(() => store.getState().redo()),
    copy,
    cut: () => copy() && deleteSelection(),
    async paste(at) {
      const payload = await readClipboard();
      if (payload === null) {
        notifications.show({ color: 'yellow', message: t('clipboard.empty'), autoClose: 3000 });
        return;
      }
      const point = at ?? inputs.pointer() ?? inputs.viewCentre();
      if (!paste(payload, { at: point })) {
        notifications.show({ color: 'yellow', message: t('clipboard.onlyStart'), autoClose: 4000 });
      }
    },
    duplicate() {
      const payload = copyNodes(flow, selection.nodes);
      if (payload === null) return false;
      paste(payload, { offset: { x: pasteStep, y: pasteStep } });
      return true;
    },
    deleteSelection,
    selectAll: () =>
      setSelection({
        nodes: flow.nodes.map((node) => node.id),
        edges: flow.edges.map((edge) => edge.id),
      }),
    autoLayout(direction = inputs.layoutDirection) {
      const sizes = new Map(
        reactFlow
          .getNodes()
          .flatMap((node) =>
            node.measured?.width && node.measured.height
              ? [[node.id, { width: node.measured.width, height: node.measured.height }] as const]
              : [],
          ),
      );
      edit((doc) => moveNodes(doc, flow.id, layoutFlow(flow, direction, sizes)));
      // After React Flow has drawn the new positions.
      setTimeout(fitView, 50);
    },
    fitView,
  };
}

/** The first flow an undo or redo changed (flows are replaced, never mutated, when they change). */
function changedFlowId(before: DraftDocument, after: DraftDocument): string | undefined {
  const old = new Map(before.flows.map((flow) => [flow.id, flow]));
  return after.flows.find((flow) => old.get(flow.id) !== flow)?.id;
}
