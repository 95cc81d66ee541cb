import type { NodeCategory } from '@parley/nodes';
import {
  IconBook,
  IconBox,
  IconClipboardList,
  IconCornerUpRight,
  IconDatabase,
  IconForms,
  IconGitBranch,
  IconHeadset,
  IconMessage,
  IconMessageQuestion,
  IconMoodSmile,
  IconPlayerPlay,
  IconPlayerStop,
  IconSend,
  IconSitemap,
  IconSparkles,
  IconStar,
  IconTarget,
  IconUsers,
  IconVariable,
  type Icon,
} from '@tabler/icons-react';

/** The catalog names icons the lucide way; these are their Tabler look-alikes. */
const iconsByName: Readonly<Record<string, Icon>> = {
  'book-open': IconBook,
  'circle-stop': IconPlayerStop,
  'clipboard-list': IconClipboardList,
  'corner-up-right': IconCornerUpRight,
  database: IconDatabase,
  'git-branch': IconGitBranch,
  headset: IconHeadset,
  'message-circle-question': IconMessageQuestion,
  'message-square': IconMessage,
  play: IconPlayerPlay,
  send: IconSend,
  smile: IconMoodSmile,
  sparkles: IconSparkles,
  star: IconStar,
  target: IconTarget,
  variable: IconVariable,
  workflow: IconSitemap,
};

/** A kind whose icon has no look-alike yet still gets its palette section's. */
const iconsByCategory: Readonly<Record<NodeCategory, Icon>> = {
  messages: IconMessage,
  input: IconForms,
  logic: IconGitBranch,
  ai: IconSparkles,
  data: IconDatabase,
  people: IconUsers,
  flow: IconSitemap,
};

interface KindIconProps {
  name: string | undefined;
  category: NodeCategory | undefined;
  size?: number;
}

/** The icon of a node kind (by the definition's icon name), never missing. */
export function KindIcon({ name, category, size = 16 }: KindIconProps) {
  const Glyph =
    (name === undefined ? undefined : iconsByName[name]) ??
    (category === undefined ? undefined : iconsByCategory[category]) ??
    IconBox;
  return <Glyph size={size} stroke={1.8} aria-hidden />;
}
