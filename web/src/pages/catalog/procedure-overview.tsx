import { ClockCircleOutlined } from '@ant-design/icons';
import { Alert, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProcedureDetail } from '../../api/catalog';
import { paths } from '../../app/paths';
import { formatVnDateTime, localized } from './format';
import { OnlineLevelTag } from './online-level-tag';

/** Who decides, for whom, what you get and, prominently, how long it takes. */
export function ProcedureOverview({ procedure: p }: { procedure: ProcedureDetail }) {
  const { t, i18n } = useTranslation();
  const text = (value: { vi: string; en: string }) => localized(value, i18n.language);
  return (
    <>
      <Alert
        type="success"
        showIcon
        icon={<ClockCircleOutlined aria-hidden />}
        style={{ marginBottom: 16 }}
        title={
          <span style={{ fontSize: 17 }}>
            {t('catalog.detail.processingTime')}: <strong>{text(p.processingTimeText)}</strong>
          </span>
        }
        description={
          <>
            <Typography.Paragraph className="catalog-due" strong style={{ margin: '4px 0 6px' }}>
              {t('catalog.detail.dueNow', { due: formatVnDateTime(p.dueIfReceivedNow) })}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {t('catalog.detail.dueNowHint')} <Link to={paths.calendar}>{t('catalog.detail.seeCalendar')}</Link>
            </Typography.Paragraph>
            {p.processingTimeNote && <Typography.Paragraph style={{ margin: '8px 0 0' }}>{text(p.processingTimeNote)}</Typography.Paragraph>}
          </>
        }
      />
      <Descriptions
        bordered
        size="small"
        column={1}
        style={{ background: '#fff' }}
        items={[
          { key: 'code', label: t('catalog.detail.code'), children: p.code ?? t('catalog.noCode') },
          { key: 'field', label: t('catalog.detail.field'), children: text(p.field.name) },
          { key: 'agency', label: t('catalog.detail.competentAgency'), children: t(`catalog.detail.agencyAtLevel.${p.level}`, { agency: text(p.competentAgencyKindName) }) },
          { key: 'applicants', label: t('catalog.detail.applicants'), children: p.applicantTypes.map((a) => t(`catalog.detail.applicantTypes.${a}`)).join(', ') },
          { key: 'result', label: t('catalog.detail.result'), children: text(p.result.name) },
          { key: 'fee', label: t('catalog.columns.fee'), children: text(p.feeText) },
          { key: 'online', label: t('catalog.columns.online'), children: <OnlineLevelTag level={p.onlineLevel} /> },
        ]}
      />
    </>
  );
}
