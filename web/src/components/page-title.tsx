import { Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';

/** The page's heading, also used as the browser tab's title. */
export function PageTitle({ children, extra }: { children: string; extra?: ReactNode }) {
  useEffect(() => {
    const previous = document.title;
    document.title = children;
    return () => {
      document.title = previous;
    };
  }, [children]);
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', justifyContent: 'space-between', marginBottom: 16 }}>
      <Typography.Title level={1} style={{ fontSize: 26, margin: 0 }}>
        {children}
      </Typography.Title>
      {extra}
    </div>
  );
}
