import { Avatar, Box, Paper, Text } from '@mantine/core';
import { IconMessageCircle, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isHexColor } from './channel-form-model';
import classes from './widget-preview.module.css';

export interface WidgetPreviewProps {
  primaryColor: string;
  title: string;
  avatarUrl: string;
  greeting: string;
  position: 'right' | 'left';
}

/**
 * A still picture of the widget on a page: the open window and its launcher, in
 * the channel's colour, title, avatar, greeting and corner. Nothing here talks
 * to the bot; the demo page does.
 */
export function WidgetPreview(props: WidgetPreviewProps) {
  const { t } = useTranslation('channels');
  const color = isHexColor(props.primaryColor) ? props.primaryColor : '#1c7ed6';
  const side = props.position === 'left' ? { left: 16 } : { right: 16 };
  const title = props.title.trim() || t('preview.untitled');
  return (
    <Box className={classes.page} data-testid="widget-preview" aria-label={t('preview.label')}>
      <Box className={classes.fakeText} w="60%" />
      <Box className={classes.fakeText} w="80%" />
      <Box className={classes.fakeText} w="45%" />
      <Paper
        shadow="md"
        radius="md"
        className={classes.window}
        style={side}
        data-position={props.position}
      >
        <Box className={classes.header} style={{ background: color }}>
          <Avatar
            src={props.avatarUrl.trim() || null}
            size={28}
            radius="xl"
            color="white"
            variant="filled"
            imageProps={{ referrerPolicy: 'no-referrer' }}
          >
            <IconMessageCircle size={16} color={color} />
          </Avatar>
          <Text size="sm" fw={600} c="white" truncate data-testid="widget-preview-title">
            {title}
          </Text>
        </Box>
        <Box className={classes.body}>
          {props.greeting.trim() && (
            <Text size="xs" c="dimmed" ta="center" data-testid="widget-preview-greeting">
              {props.greeting}
            </Text>
          )}
          <Box className={classes.botBubble}>{t('preview.botMessage')}</Box>
          <Box className={classes.customerBubble} style={{ background: color }}>
            {t('preview.customerMessage')}
          </Box>
        </Box>
        <Box className={classes.composer}>
          <Text size="xs" c="dimmed" flex={1}>
            {t('preview.placeholder')}
          </Text>
          <IconSend size={16} color={color} />
        </Box>
      </Paper>
      <Box
        className={classes.launcher}
        style={{ ...side, background: color }}
        data-testid="widget-preview-launcher"
      >
        <IconMessageCircle size={22} color="white" />
      </Box>
    </Box>
  );
}
