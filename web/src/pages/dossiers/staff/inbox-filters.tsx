import { Checkbox, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { INBOX_DEADLINES, STATUSES, type InboxDeadline, type DossierStatus } from '../../../api/dossiers';
import type { InboxFilter } from '../shared/use-dossiers';

/** Deadline, status, "assigned to me" (applied at once) and the search box (on Enter). */
export function InboxFilters({ filter, onChange }: { filter: InboxFilter; onChange: (next: InboxFilter) => void }) {
  const { t } = useTranslation();
  return (
    <Form layout="vertical" name="inbox-filters" component="div">
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item label={t('inbox.search')} htmlFor="inbox-q" style={{ marginBottom: 8 }}>
            <Input.Search id="inbox-q" key={filter.q ?? ''} defaultValue={filter.q} allowClear placeholder={t('inbox.searchPlaceholder')} onSearch={(q) => onChange({ ...filter, q: q.trim() || undefined })} enterButton={t('inbox.searchButton')} />
          </Form.Item>
        </Col>
        <Col xs={12} md={5}>
          <Form.Item label={t('inbox.deadline')} htmlFor="inbox-deadline" style={{ marginBottom: 8 }}>
            <Select<InboxDeadline | ''>
              id="inbox-deadline"
              value={filter.deadline ?? ''}
              onChange={(v) => onChange({ ...filter, deadline: v || undefined })}
              options={[{ value: '', label: t('common.all') }, ...INBOX_DEADLINES.map((d) => ({ value: d, label: t(`dossier.deadline.${d}`) }))]}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label={t('inbox.status')} htmlFor="inbox-status" style={{ marginBottom: 8 }}>
            <Select<DossierStatus | ''>
              id="inbox-status"
              value={filter.status ?? ''}
              onChange={(v) => onChange({ ...filter, status: v || undefined })}
              options={[{ value: '', label: t('common.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`dossier.statuses.${s}`) }))]}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={5} style={{ display: 'flex', alignItems: 'flex-end' }}>
          <Form.Item style={{ marginBottom: 8 }}>
            <Checkbox checked={filter.mine === true} onChange={(e) => onChange({ ...filter, mine: e.target.checked || undefined })}>
              {t('inbox.mine')}
            </Checkbox>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
