/** Every word the widget itself says, in English and Chinese (the bot's words come from the bot). */
const en = {
  openChat: 'Open chat',
  closeChat: 'Close chat',
  minimise: 'Minimise chat',
  unread: (count: number) => (count === 1 ? '1 unread message' : `${count} unread messages`),
  defaultTitle: 'Chat with us',
  online: 'We reply in seconds',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  messages: 'Conversation',
  placeholder: 'Write a message…',
  send: 'Send',
  messageLabel: 'Message',
  typing: 'Typing…',
  you: 'You',
  bot: 'Assistant',
  agent: 'Agent',
  notSent: 'Not sent',
  handoff: 'Connecting you to an agent…',
  ended: 'This conversation has ended.',
  newConversation: 'Start a new conversation',
  loading: 'Loading chat…',
  starting: 'Starting the conversation…',
  retry: 'Try again',
  dismiss: 'Dismiss',
  imageUnavailable: 'Image',
  previous: 'Previous',
  next: 'Next',
  carousel: 'Cards',
  slide: (index: number, total: number) => `${index} of ${total}`,
  quickReplies: 'Suggested replies',
  poweredBy: 'Powered by Parley',
  errors: {
    forbidden: 'This website is not allowed to use this chat.',
    unavailable: 'The chat is not available right now. Please try again later.',
    'not-found': 'This chat does not exist.',
    network: 'The chat could not be reached. Check your connection and try again.',
  },
  notices: {
    'send-failed': 'Your message could not be sent. Please try again.',
    'start-failed': 'The conversation could not be started. Please try again.',
    'rate-limited': 'You are sending messages too fast. Please wait a moment.',
  },
};

export type Strings = typeof en;

const zhCN: Strings = {
  openChat: '打开聊天',
  closeChat: '关闭聊天',
  minimise: '最小化聊天窗口',
  unread: (count: number) => `${count} 条未读消息`,
  defaultTitle: '在线咨询',
  online: '通常几秒内回复',
  connecting: '正在连接…',
  reconnecting: '正在重新连接…',
  messages: '对话',
  placeholder: '输入消息…',
  send: '发送',
  messageLabel: '消息',
  typing: '正在输入…',
  you: '您',
  bot: '智能助手',
  agent: '客服',
  notSent: '未发送',
  handoff: '正在为您转接人工客服…',
  ended: '本次对话已结束。',
  newConversation: '开始新的对话',
  loading: '正在加载…',
  starting: '正在开始对话…',
  retry: '重试',
  dismiss: '关闭提示',
  imageUnavailable: '图片',
  previous: '上一张',
  next: '下一张',
  carousel: '卡片',
  slide: (index: number, total: number) => `第 ${index} 张，共 ${total} 张`,
  quickReplies: '建议回复',
  poweredBy: '由 Parley 提供支持',
  errors: {
    forbidden: '此网站无权使用该聊天服务。',
    unavailable: '聊天服务暂时不可用，请稍后再试。',
    'not-found': '该聊天不存在。',
    network: '无法连接聊天服务，请检查网络后重试。',
  },
  notices: {
    'send-failed': '消息发送失败，请重试。',
    'start-failed': '无法开始对话，请重试。',
    'rate-limited': '发送太快了，请稍候再试。',
  },
};

/** The widget's locale: `zh-CN` for any Chinese tag, English otherwise. */
export function widgetLocale(tag: string | null | undefined): 'en' | 'zh-CN' {
  return tag && /^zh\b/i.test(tag.trim()) ? 'zh-CN' : 'en';
}

export function stringsFor(locale: 'en' | 'zh-CN'): Strings {
  return locale === 'zh-CN' ? zhCN : en;
}
