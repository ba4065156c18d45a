import { CalculatorOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, InputNumber, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { computeDueDate, type DueDateQuery } from '../../api/calendar';
import { ProblemAlert } from '../../components/problem-alert';
import { formatLocalDate, formatVnDateTime, weekdayOf } from '../catalog/format';

type Mode = 'days' | 'sameDay';

interface Values {
  receivedAt: string;
  mode: Mode;
  days?: number | null;
  cutoff?: number | null;
}

/** Now in Vietnam as a datetime-local value (YYYY-MM-DDTHH:mm). */
function vnNow(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 16);
}

function toQuery(values: Values): DueDateQuery {
  const receivedAt = `${values.receivedAt}:00+07:00`;
  return values.mode === 'days' ? { receivedAt, days: values.days ?? 0 } : { receivedAt, sameDayCutoff: values.cutoff ?? 15 };
}

/** "Tính ngày hẹn trả": received at a date and time, plus N working days or a same-day rule. */
export function DueDateTool() {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form) ?? 'days';
  const [query, setQuery] = useState<DueDateQuery>();
  const due = useQuery({ queryKey: ['calendar', 'due', query], queryFn: () => computeDueDate(query ?? {}), enabled: query !== undefined, retry: false });
  return (
    <>
      <Form<Values>
        form={form}
        layout="vertical"
        name="due-date"
        requiredMark={false}
        initialValues={{ receivedAt: vnNow(), mode: 'days', days: 3, cutoff: 15 }}
        onFinish={(values) => setQuery(toQuery(values))}
      >
        <Form.Item name="receivedAt" label={t('calendar.due.receivedAt')} extra={t('calendar.due.receivedAtHint')} rules={[{ required: true, message: t('calendar.due.receivedAtRequired') }]}>
          <Input type="datetime-local" style={{ maxWidth: 280 }} />
        </Form.Item>
        <Form.Item name="mode" label={t('calendar.due.mode')}>
          <Radio.Group
            options={[
              { value: 'days', label: t('calendar.due.modes.days') },
              { value: 'sameDay', label: t('calendar.due.modes.sameDay') },
            ]}
          />
        </Form.Item>
        {mode === 'days' ? (
          <Form.Item name="days" label={t('calendar.due.days')} rules={[{ required: true, message: t('calendar.due.daysRequired') }]}>
            <InputNumber min={0} max={365} precision={0} inputMode="numeric" style={{ width: 140 }} />
          </Form.Item>
        ) : (
          <Form.Item name="cutoff" label={t('calendar.due.cutoff')} extra={t('calendar.due.cutoffHint')} rules={[{ required: true, message: t('calendar.due.cutoffRequired') }]}>
            <InputNumber min={1} max={17} step={0.5} inputMode="decimal" style={{ width: 140 }} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" icon={<CalculatorOutlined aria-hidden />} loading={due.isFetching}>
          {t('calendar.due.submit')}
        </Button>
      </Form>
      <div aria-live="polite" style={{ marginTop: 16 }}>
        {due.isError && <ProblemAlert error={due.error} />}
        {due.data && (
          <Alert
            type="success"
            showIcon
            title={<span className="catalog-due">{t('calendar.due.result', { due: formatVnDateTime(due.data.due) })}</span>}
            description={
              <Typography.Paragraph style={{ marginBottom: 0 }}>
                {t('calendar.due.received', { at: formatVnDateTime(due.data.receivedAt) })}{' '}
                {t('calendar.due.receiptDay', { date: formatLocalDate(due.data.effectiveReceiptDay), weekday: weekdayOf(due.data.effectiveReceiptDay, i18n.language) })}{' '}
                {t('calendar.due.rule')}
              </Typography.Paragraph>
            }
          />
        )}
      </div>
    </>
  );
}
