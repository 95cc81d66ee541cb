import { createTheme, type MantineColorsTuple } from '@mantine/core';

/** A calm indigo-violet: reads as a product colour without shouting over the canvas. */
const parley: MantineColorsTuple = [
  '#eef0ff',
  '#dcdeff',
  '#b6baf8',
  '#8d93f3',
  '#6a72ee',
  '#545dec',
  '#4852eb',
  '#3943d1',
  '#313bbc',
  '#2532a6',
];

// Chinese text needs a CJK face named explicitly, or browsers fall back to a mismatched serif.
const sansSerif = [
  'Inter',
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  '"PingFang SC"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  'sans-serif',
].join(', ');

export const theme = createTheme({
  primaryColor: 'parley',
  colors: { parley },
  primaryShade: 6,
  fontFamily: sansSerif,
  headings: { fontFamily: sansSerif, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    Paper: { defaultProps: { radius: 'md' } },
    Modal: {
      defaultProps: { radius: 'md', centered: true, overlayProps: { blur: 2 } },
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    TextInput: { defaultProps: { radius: 'md' } },
    PasswordInput: { defaultProps: { radius: 'md' } },
    Tooltip: { defaultProps: { withArrow: true, openDelay: 300 } },
  },
});
