import { Box, Button, Collapse, Indicator, Stack } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import type { FieldModel } from './field-model';
import { FieldView } from './field-view';
import { useFormContext } from './form-context';
import { getIn, pathKey, setIn, type ValuePath } from './value-path';

interface ObjectFieldsProps {
  model: FieldModel;
  path: ValuePath;
  value: unknown;
  onChange: (value: unknown) => void;
}

/**
 * The fields of an object, `main` ones first and `advanced` ones in a section that
 * opens on demand — or by itself when one of its fields has a problem.
 */
export function ObjectFields({ model, path, value, onChange }: ObjectFieldsProps) {
  const { issues, t } = useFormContext();
  const advanced = model.fields.filter(([, field]) => field.meta.section === 'advanced');
  const main = model.fields.filter(([, field]) => field.meta.section !== 'advanced');
  const advancedHasIssues = advanced.some(([key]) => hasIssuesUnder(issues, [...path, key]));
  const [open, setOpen] = useState(advancedHasIssues);
  const field = ([key, child]: readonly [string, FieldModel]) => (
    <FieldView
      key={key}
      model={child}
      path={[...path, key]}
      value={getIn(value, [key])}
      fallbackLabel={key}
      onChange={(next) => onChange(setIn(value ?? {}, [key], next))}
    />
  );
  const toggleId = path.length === 0 ? 'section-advanced' : `field-${pathKey(path)}-advanced`;
  return (
    <Stack gap="sm">
      {main.map(field)}
      {advanced.length > 0 && (
        <Box>
          <Indicator disabled={!advancedHasIssues} color="red" size={8} position="middle-end">
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
              aria-expanded={open}
              data-testid={toggleId}
              onClick={() => setOpen((was) => !was)}
            >
              {t('form.advanced')}
            </Button>
          </Indicator>
          <Collapse expanded={open || advancedHasIssues}>
            <Stack gap="sm" pt="xs">
              {advanced.map(field)}
            </Stack>
          </Collapse>
        </Box>
      )}
    </Stack>
  );
}

function hasIssuesUnder(issues: ReadonlyMap<string, readonly string[]>, path: ValuePath): boolean {
  const key = pathKey(path);
  return [...issues.keys()].some((issue) => issue === key || issue.startsWith(`${key}.`));
}
