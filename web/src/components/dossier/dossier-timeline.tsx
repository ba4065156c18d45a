import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatVnDateTime } from '../../pages/catalog/format';
import { localized } from '../../lib/format';

export interface TimelineEvent {
  occurredAt: string;
  actionName: { vi: string; en: string };
  actorName?: string | undefined;
  statusName?: { vi: string; en: string } | undefined;
  comment: string | null;
  /** What was asked for, when a supplement was requested. */
  missing?: string[] | undefined;
}

/** A dossier's history, oldest first: when, what, who, and what they wrote. */
export function DossierTimeline({ events, label }: { events: TimelineEvent[]; label: string }) {
  const { t, i18n } = useTranslation();
  const text = (v: { vi: string; en: string }) => localized(v, i18n.language);
  return (
    <section aria-label={label}>
      <Timeline
        items={events.map((e, i) => ({
          key: `${e.occurredAt}-${i}`,
          color: i === events.length - 1 ? 'blue' : 'gray',
          content: (
            <div>
              <Typography.Text strong>{text(e.actionName)}</Typography.Text>
              {e.statusName && <Typography.Text type="secondary"> — {text(e.statusName)}</Typography.Text>}
              <div>
                <Typography.Text type="secondary">
                  <time dateTime={e.occurredAt}>{formatVnDateTime(e.occurredAt)}</time>
                  {e.actorName ? ` · ${e.actorName}` : ''}
                </Typography.Text>
              </div>
              {e.missing && e.missing.length > 0 && (
                <div>
                  {t('dossier.missingList')}
                  <ul style={{ margin: '4px 0' }}>
                    {e.missing.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                </div>
              )}
              {e.comment && <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{e.comment}</Typography.Paragraph>}
            </div>
          ),
        }))}
      />
    </section>
  );
}
