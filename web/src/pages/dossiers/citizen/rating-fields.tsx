import { Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { RATING_LEVELS } from '../../../api/dossiers';

/** The optional criteria, each scored 0 (not good), 1 (acceptable) or 2 (good). */
export const RATING_CRITERIA = ['information', 'guidance', 'staff_attitude', 'total_time', 'result'] as const;

/** How satisfied the applicant is (three levels), and optionally how each part went. */
export function RatingFields() {
  const { t } = useTranslation();
  const scores = [0, 1, 2].map((v) => ({ value: v, label: t(`rating.scores.${v as 0 | 1 | 2}`) }));
  return (
    <>
      <Form.Item name="level" label={t('rating.level')} rules={[{ required: true, message: t('rating.levelRequired') }]}>
        <Radio.Group aria-label={t('rating.level')} className="intake-vertical rating-levels" options={RATING_LEVELS.map((l) => ({ value: l, label: t(`rating.levels.${l}`) }))} />
      </Form.Item>
      <fieldset className="intake-fieldset">
        <legend>{t('rating.criteriaTitle')}</legend>
        {RATING_CRITERIA.map((c) => (
          <Form.Item key={c} name={['criteria', c]} label={t(`rating.criteria.${c}`)} style={{ marginBottom: 8 }}>
            <Radio.Group aria-label={t(`rating.criteria.${c}`)} options={scores} />
          </Form.Item>
        ))}
      </fieldset>
    </>
  );
}
