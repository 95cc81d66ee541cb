import { Box } from '@mantine/core';
import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { DraftDocument, DraftFlow } from '../draft/draft-document';
import type { DraftStore } from '../draft/draft-store';
import type { CanvasSelection } from './canvas-selection';
import { CanvasContextMenu, type ContextMenuTarget } from './context-menu/canvas-context-menu';
import { EditActions } from './edit-actions';
import { FindBox } from './find/find-box';
import type { NodeMatch } from './find/node-search';
import { useLayoutDirection } from './layout/layout-direction';
import { useCentreOnNodes } from './problems/use-centre-on-nodes';
import { ShortcutsHelp } from './shortcuts/shortcuts-help';
import type { ShortcutCommand } from './shortcuts/shortcuts';
import { useShortcutKeys } from './shortcuts/use-shortcut-keys';
import { useCanvasCommands, type CanvasCommands } from './use-canvas-commands';

type Point = { x: number; y: number };

interface EditingInputs {
  store: DraftStore;
  document: DraftDocument;
  /** The open flow; never missing in a parsed draft (it has at least one flow). */
  flow: DraftFlow | undefined;
  selection: CanvasSelection;
  setSelection: (selection: CanvasSelection) => void;
  openFlow: (flowId: string) => void;
  addNode: (kind: string, at: Point) => void;
  /** Opens the id box of the one selected node (F2). */
  renameNode: () => void;
  canvasBox: RefObject<HTMLDivElement | null>;
}

export interface CanvasEditing {
  commands: CanvasCommands;
  /** Undo, redo, auto-layout, find and the shortcut list, for the toolbar. */
  actions: ReactNode;
  /** The find box, the context menu and the shortcut list, drawn over the canvas. */
  overlays: ReactNode;
  openContextMenu: (target: ContextMenuTarget) => void;
  /** Follows the pointer over the canvas, so a paste lands under it. */
  trackPointer: (event: { clientX: number; clientY: number }) => void;
  forgetPointer: () => void;
}

/**
 * The editing layer of the flow editor: keyboard shortcuts, find, the context
 * menu and the shortcut list, all running the same commands.
 */
export function useCanvasEditing(inputs: EditingInputs): CanvasEditing {
  const { canvasBox, setSelection, openFlow, selection } = inputs;
  const flow = inputs.flow ?? noFlow;
  const { screenToFlowPosition } = useReactFlow();
  const [findOpen, setFindOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [menu, setMenu] = useState<ContextMenuTarget | null>(null);
  const [layoutDirection, setLayoutDirection] = useLayoutDirection();
  const pointer = useRef<Point | null>(null);
  const centre = useCentreOnNodes();

  useDropVanishedSelection(flow, selection, setSelection);
  const commands = useCanvasCommands({
    ...inputs,
    flow,
    layoutDirection,
    pointer: () => (pointer.current ? screenToFlowPosition(pointer.current) : null),
    viewCentre: () => {
      const box = canvasBox.current?.getBoundingClientRect();
      const middle = box
        ? { x: box.left + box.width / 2, y: box.top + box.height / 3 }
        : { x: 0, y: 0 };
      const point = screenToFlowPosition(middle);
      return { x: point.x - 120, y: point.y - 40 };
    },
  });
  const layout = (direction = layoutDirection) => {
    setLayoutDirection(direction);
    commands.autoLayout(direction);
  };

  const run = (command: ShortcutCommand): boolean => {
    switch (command) {
      case 'undo':
        commands.undo();
        return true;
      case 'redo':
        commands.redo();
        return true;
      case 'copy':
        return commands.copy();
      case 'cut':
        return commands.cut();
      case 'paste':
        void commands.paste();
        return true;
      case 'duplicate':
        commands.duplicate();
        // Ctrl+D bookmarks the page otherwise, which is never what the analyst meant here.
        return true;
      case 'delete':
        return commands.deleteSelection();
      case 'selectAll':
        commands.selectAll();
        return true;
      case 'find':
        setFindOpen(true);
        return true;
      case 'autoLayout':
        layout();
        return true;
      case 'fitView':
        commands.fitView();
        return true;
      case 'help':
        setHelpOpen(true);
        return true;
      case 'rename':
        if (selection.nodes.length !== 1 || selection.edges.length > 0) return false;
        inputs.renameNode();
        return true;
      case 'deselect':
        if (selection.nodes.length + selection.edges.length === 0) return false;
        setSelection({ nodes: [], edges: [] });
        return true;
    }
  };
  useShortcutKeys(run);

  const jump = (match: NodeMatch) => {
    if (match.flowId !== flow.id) openFlow(match.flowId);
    setSelection({ nodes: [match.nodeId], edges: [] });
    centre([match.nodeId]);
  };

  const openContextMenu = useCallback((target: ContextMenuTarget) => setMenu(target), []);
  const trackPointer = useCallback((event: { clientX: number; clientY: number }) => {
    pointer.current = { x: event.clientX, y: event.clientY };
  }, []);
  const forgetPointer = useCallback(() => {
    pointer.current = null;
  }, []);

  const actions = (
    <EditActions
      store={inputs.store}
      layoutDirection={layoutDirection}
      onUndo={commands.undo}
      onRedo={commands.redo}
      onLayout={layout}
      onFind={() => setFindOpen(true)}
      onHelp={() => setHelpOpen(true)}
    />
  );
  const overlays = (
    <>
      {/* Below the toolbar row, which a narrow canvas stretches across. */}
      {findOpen && (
        <Box pos="absolute" top={56} left={10} style={{ zIndex: 10 }}>
          <FindBox
            document={inputs.document}
            openFlowId={flow.id}
            onJump={jump}
            onClose={() => setFindOpen(false)}
          />
        </Box>
      )}
      <CanvasContextMenu
        target={menu}
        commands={commands}
        onClose={() => setMenu(null)}
        onOpenSettings={(nodeId) => setSelection({ nodes: [nodeId], edges: [] })}
        onAddNode={inputs.addNode}
      />
      <ShortcutsHelp opened={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
  return { commands, actions, overlays, openContextMenu, trackPointer, forgetPointer };
}

const noFlow: DraftFlow = { id: '', name: '', nodes: [], edges: [] };

/** An undo can take selected nodes away: the selection (and the delete button) follows. */
function useDropVanishedSelection(
  flow: DraftFlow,
  selection: CanvasSelection,
  setSelection: (selection: CanvasSelection) => void,
): void {
  useEffect(() => {
    const nodes = new Set(flow.nodes.map((node) => node.id));
    const edges = new Set(flow.edges.map((edge) => edge.id));
    const keptNodes = selection.nodes.filter((id) => nodes.has(id));
    const keptEdges = selection.edges.filter((id) => edges.has(id));
    if (keptNodes.length < selection.nodes.length || keptEdges.length < selection.edges.length) {
      setSelection({ nodes: keptNodes, edges: keptEdges });
    }
  }, [flow, selection, setSelection]);
}
