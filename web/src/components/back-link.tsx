import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** The way back above a page's title ("← Hồ sơ cần xử lý"); the arrow is not read out. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Typography.Paragraph style={{ marginBottom: 8 }}>
      <Link to={to}>
        <span aria-hidden>← </span>
        {children}
      </Link>
    </Typography.Paragraph>
  );
}
