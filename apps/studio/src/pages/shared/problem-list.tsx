import { Badge, Code, Group, List, ScrollArea, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ApiProblem, problemPath } from '../../api/api-error';

/** The problems the server found (import or publish), each with where it is. */
export function ProblemList({ problems }: { problems: ApiProblem[] }) {
  const { t } = useTranslation();
  return (
    <ScrollArea.Autosize mah={360} type="auto" offsetScrollbars>
      <List spacing="sm" size="sm" listStyleType="none" data-testid="problem-list">
        {problems.map((problem, index) => {
          const path = problemPath(problem);
          return (
            <List.Item key={`${path}-${index}`}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Badge
                  size="xs"
                  mt={3}
                  variant="light"
                  color={problem.severity === 'warning' ? 'yellow' : 'red'}
                  style={{ flexShrink: 0 }}
                >
                  {t(
                    problem.severity === 'warning'
                      ? 'common:problems.warning'
                      : 'common:problems.error',
                  )}
                </Badge>
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {problem.message}
                  </Text>
                  {(path || problem.document) && (
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {problem.document && `${problem.document} · `}
                      {path && <Code fz="xs">{path}</Code>}
                    </Text>
                  )}
                </div>
              </Group>
            </List.Item>
          );
        })}
      </List>
    </ScrollArea.Autosize>
  );
}
