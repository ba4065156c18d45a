import type { ThemeConfig } from 'antd';

/**
 * Larger text and controls than Ant Design's defaults: many citizens are elderly and on
 * phones, and counter staff read screens from a distance.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1552a0',
    colorLink: '#1552a0',
    colorError: '#b3261e',
    fontSize: 16,
    controlHeight: 40,
    borderRadius: 6,
    fontFamily: "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#a51c1c', headerColor: '#ffffff', headerPadding: '0 16px', bodyBg: '#f5f6f8' },
  },
};

/** The red of the national-style header band. */
export const HEADER_RED = '#a51c1c';
