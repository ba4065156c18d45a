import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A titled part of a procedure's page: a card whose heading names the region. */
export function CatalogSection({ id, title, icon, children }: { id: string; title: string; icon?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="catalog-section">
      <Card>
        <Typography.Title level={2} id={id} style={{ fontSize: 21, marginTop: 0 }}>
          {icon && (
            <span aria-hidden style={{ color: '#1552a0', marginInlineEnd: 8 }}>
              {icon}
            </span>
          )}
          {title}
        </Typography.Title>
        {children}
      </Card>
    </section>
  );
}
