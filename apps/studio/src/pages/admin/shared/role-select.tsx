import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Role, roleSchema } from '../../../api/session-body';

/** A role for a user or an API key, with a line on what that role may do. */
export function RoleSelect(props: {
  label: string;
  value: Role;
  onChange: (role: Role) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={props.label}
      description={t(`admin:roles.${props.value}`)}
      data={roleSchema.options.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
      value={props.value}
      onChange={(value) => {
        const parsed = roleSchema.safeParse(value);
        if (parsed.success) props.onChange(parsed.data);
      }}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      data-testid={props.testId}
    />
  );
}
