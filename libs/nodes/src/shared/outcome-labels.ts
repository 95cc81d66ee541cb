import type { LocalizedLabel } from '@parley/flow';

/** Handle captions of the fixed outcomes that several kinds share. */
export const outcomeLabels: Readonly<Record<string, LocalizedLabel>> = {
  next: { en: 'Next', zh: '下一步' },
  invalid: { en: 'Invalid answer', zh: '无效回答' },
  timeout: { en: 'No reply', zh: '超时未回复' },
  error: { en: 'Error', zh: '出错' },
  fallback: { en: 'Not recognised', zh: '未识别' },
  else: { en: 'Else', zh: '否则' },
  done: { en: 'Done', zh: '完成' },
  cancelled: { en: 'Cancelled', zh: '已取消' },
  answered: { en: 'Answered', zh: '已回答' },
  found: { en: 'Found', zh: '已找到' },
  not_found: { en: 'Not found', zh: '未找到' },
  positive: { en: 'Positive', zh: '正面' },
  neutral: { en: 'Neutral', zh: '中性' },
  negative: { en: 'Negative', zh: '负面' },
  resumed: { en: 'Agent handed back', zh: '客服已交回' },
  no_agent: { en: 'No agent available', zh: '无可用客服' },
};

/** The caption of a shared outcome, or the outcome name itself for any other. */
export function outcomeLabel(outcome: string): LocalizedLabel {
  return outcomeLabels[outcome] ?? { en: outcome, zh: outcome };
}
