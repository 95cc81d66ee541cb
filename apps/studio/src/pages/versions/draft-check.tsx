import { Alert, Anchor, Stack } from '@mantine/core';
import type { Problem } from '@parley/flow';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemList } from '../shared/problem-list';

/**
 * What the validator finds in the draft, before anything is sent: errors block
 * publishing (with a way to the editor to fix them), warnings are shown but allowed.
 */
export function DraftCheck(props: { botId: string; problems: readonly Problem[] }) {
  const { t } = useTranslation('versions');
  const errors = props.problems.filter((problem) => problem.severity === 'error');
  const warnings = props.problems.filter((problem) => problem.severity !== 'error');
  if (props.problems.length === 0) {
    return (
      <Alert
        color="teal"
        variant="light"
        icon={<IconCircleCheck size={18} />}
        data-testid="draft-check-clean"
      >
        {t('publish.clean')}
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      {errors.length > 0 && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={t('publish.errorsTitle', { count: errors.length })}
          data-testid="draft-check-errors"
        >
          <Stack gap="xs">
            <ProblemList problems={errors.map(listed)} />
            <Anchor
              component={Link}
              to={`/bots/${props.botId}/flows`}
              size="sm"
              data-testid="draft-check-open-editor"
            >
              {t('publish.openEditor')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconInfoCircle size={18} />}
          title={t('publish.warningsTitle', { count: warnings.length })}
          data-testid="draft-check-warnings"
        >
          <ProblemList problems={warnings.map(listed)} />
        </Alert>
      )}
    </Stack>
  );
}

/** The validator's problem as the shared problem list takes it (a plain copy of its fields). */
function listed(problem: Problem) {
  return { ...problem };
}
