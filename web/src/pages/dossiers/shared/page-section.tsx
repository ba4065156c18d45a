import { Card } from 'antd';
import type { ReactNode } from 'react';

/** A titled part of a page: a card whose heading names the region. */
export function PageSection({ id, title, children, extra }: { id: string; title: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <section aria-labelledby={id} style={{ marginBottom: 16 }}>
      <Card
        title={
          <h2 id={id} style={{ fontSize: 18, margin: 0, whiteSpace: 'normal' }}>
            {title}
          </h2>
        }
        extra={extra}
      >
        {children}
      </Card>
    </section>
  );
}
