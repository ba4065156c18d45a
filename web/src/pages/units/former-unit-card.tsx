import { Alert, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../../app/paths';
import type { FormerUnit } from '../../api/types';
import { SuccessionTag } from './succession-tag';
import { useProvinceNames } from './use-provinces';

/** One former unit an address can mean, and the unit(s) it now belongs to, explained plainly. */
export function FormerUnitCard({ match }: { match: FormerUnit }) {
  const { t } = useTranslation();
  const provinceNames = useProvinceNames();
  const oldName = [match.unit.name, match.district?.name, match.province?.name].filter(Boolean).join(', ');
  return (
    <Card
      title={
        <span style={{ whiteSpace: 'normal' }}>
          {oldName} <Typography.Text type="secondary">({t('addressLookup.oldUnitCode', { code: match.unit.code })})</Typography.Text>
        </span>
      }
      style={{ marginBottom: 16 }}
    >
      {match.successors.length === 0 ? (
        <Alert type="warning" showIcon title={t('addressLookup.noSuccessor')} />
      ) : (
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('addressLookup.nowBelongsTo')}</Typography.Paragraph>
          <ul style={{ paddingInlineStart: 0, listStyle: 'none', margin: 0 }}>
            {match.successors.map((s) => (
              <li key={s.unit.code} style={{ marginBottom: 12 }}>
                <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 }}>
                  <Link to={paths.unit(s.unit.code)} style={{ fontSize: 22, fontWeight: 700 }}>
                    {s.unit.name}
                  </Link>
                  <Typography.Text style={{ fontSize: 17 }}>{provinceNames.get(s.unit.provinceCode) ?? ''}</Typography.Text>
                  <SuccessionTag kind={s.kind} />
                </div>
                <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                  {s.kind === 'full'
                    ? t('succession.fullExplained', { old: match.unit.name, new: s.unit.name })
                    : t('succession.partialExplained', { old: match.unit.name, new: s.unit.name })}
                </Typography.Paragraph>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
