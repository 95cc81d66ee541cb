import { Badge, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSubmitEnter } from '../ime-enter';
import { testPattern } from './regex-check';

const PATTERN_MAX = 1_000;

/**
 * A pattern entity: the pattern, compiled as it is typed (the draft only takes one
 * that compiles), and a box to try it on a sample message.
 */
export function RegexEntityEditor(props: { pattern: string; onChange: (pattern: string) => void }) {
  const { t } = useTranslation('botData');
  const [pattern, setPattern] = useState(props.pattern);
  const [sample, setSample] = useState('');
  useEffect(() => setPattern(props.pattern), [props.pattern]);
  const tested = testPattern(pattern, sample);
  const error =
    pattern.trim() === ''
      ? t('entities.patternRequired')
      : pattern.length > PATTERN_MAX
        ? t('fields.tooLong', { max: PATTERN_MAX })
        : tested.ok
          ? null
          : t('entities.patternInvalid', { message: tested.error });

  const commit = () => {
    if (error === null && pattern !== props.pattern) props.onChange(pattern);
  };

  return (
    <Stack gap="md">
      <TextInput
        label={t('entities.pattern')}
        description={t('entities.patternHelp')}
        ff="monospace"
        value={pattern}
        onChange={(event) => setPattern(event.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(event) => isSubmitEnter(event) && commit()}
        error={error}
        data-testid="entity-pattern"
      />
      <TextInput
        label={t('entities.testLabel')}
        placeholder={t('entities.testPlaceholder')}
        value={sample}
        onChange={(event) => setSample(event.currentTarget.value)}
        data-testid="entity-pattern-test"
      />
      {sample !== '' && tested.ok && (
        <Group gap="xs" data-testid="entity-pattern-matches">
          <Text size="sm" c={tested.matches.length > 0 ? 'teal' : 'dimmed'}>
            {t('entities.matches', { count: tested.matches.length })}
          </Text>
          {tested.matches.map((match) => (
            <Badge key={`${match.index}`} variant="light" color="teal" tt="none">
              <Code bg="transparent" fz="xs">
                {match.text}
              </Code>
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
