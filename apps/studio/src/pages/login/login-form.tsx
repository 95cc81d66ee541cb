import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { loginError } from './login-error';

/** E-mail and password; the error stays until the user tries again. */
export function LoginForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const { session } = useApi();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const emailError =
    touched && !/^\S+@\S+$/.test(email.trim()) ? t('auth:errors.emailInvalid') : null;
  const passwordError = touched && !password ? t('auth:errors.passwordRequired') : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!/^\S+@\S+$/.test(email.trim()) || !password) return;
    setBusy(true);
    setError(null);
    try {
      await session.signIn(email.trim(), password);
      onSignedIn();
    } catch (caught) {
      setError(loginError(t, caught));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        {error && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {error}
          </Alert>
        )}
        <TextInput
          label={t('auth:email')}
          placeholder={t('auth:emailPlaceholder')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={emailError}
          autoFocus
          data-testid="login-email"
        />
        <PasswordInput
          label={t('auth:password')}
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={passwordError}
          data-testid="login-password"
        />
        <Button type="submit" fullWidth size="md" loading={busy} mt="xs" data-testid="login-submit">
          {t('auth:signIn')}
        </Button>
      </Stack>
    </form>
  );
}
