import { Button, Card, Descriptions, Empty, Radio, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { UnmatchedPayment } from '../../api/payments';
import { paths } from '../../app/paths';
import { canAssignUnmatchedPayments } from '../../app/permissions';
import { useAccount } from '../../app/session';
import { ErrorResult } from '../../components/error-result';
import { LoadingBlock } from '../../components/loading-block';
import { PageTitle } from '../../components/page-title';
import { formatMoney, formatVnDateTime } from '../catalog/format';
import { AssignUnmatchedDialog } from './assign-unmatched-dialog';
import { RefundUnmatchedDialog } from './refund-unmatched-dialog';
import { useUnmatchedList, type UnmatchedState } from './use-unmatched-payments';
import { LoadMore } from '../../components/load-more';

const EMPTY = { open: 'unmatched.emptyOpen', assigned: 'unmatched.emptyAssigned', refunded: 'unmatched.emptyRefunded' } as const satisfies Record<UnmatchedState, string>;

/** One transfer: amount, time, content, account and why no dossier took it; once closed, what became of it and who did it. */
function TransferCard({ payment, onAssign, onRefund }: { payment: UnmatchedPayment; onAssign?: (() => void) | undefined; onRefund?: (() => void) | undefined }) {
  const { t, i18n } = useTranslation();
  const amount = formatMoney(payment.amount, i18n.language);
  const items: Array<{ key: string; label: string; children: ReactNode }> = [
    { key: 'reason', label: t('unmatched.reason'), children: t(`unmatched.reasons.${payment.reason}`, { code: payment.namedDossierCode ?? '' }) },
    { key: 'paidAt', label: t('unmatched.paidAt'), children: formatVnDateTime(payment.paidAt) },
    { key: 'content', label: t('unmatched.content'), children: <span style={{ overflowWrap: 'anywhere' }}>{payment.content || '—'}</span> },
    { key: 'account', label: t('unmatched.account'), children: payment.agencyCode ? `${payment.accountNumber} (${payment.agencyCode})` : payment.accountNumber },
    { key: 'transaction', label: t('unmatched.transaction'), children: <span style={{ overflowWrap: 'anywhere' }}>{payment.transactionId}</span> },
  ];
  if (payment.state === 'assigned') {
    items.push(
      { key: 'dossier', label: t('unmatched.dossier'), children: payment.dossierId ? <Link to={paths.staffDossier(payment.dossierId)}>{payment.dossierCode}</Link> : (payment.dossierCode ?? '') },
      { key: 'assigned', label: t('unmatched.assignedBy'), children: `${payment.assignedBy ?? ''} — ${payment.assignedAt ? formatVnDateTime(payment.assignedAt) : ''}` },
      ...(payment.note ? [{ key: 'note', label: t('unmatched.note'), children: payment.note }] : []),
    );
  }
  if (payment.state === 'refunded') {
    items.push(
      { key: 'refunded', label: t('unmatched.refundedBy'), children: `${payment.refundedBy ?? ''} — ${payment.refundedAt ? formatVnDateTime(payment.refundedAt) : ''}` },
      { key: 'note', label: t('unmatched.refundNote'), children: payment.note },
    );
  }
  return (
    <Card
      size="small"
      title={amount}
      extra={
        (onAssign || onRefund) && (
          <Space wrap>
            {onAssign && (
              <Button type="primary" onClick={onAssign} aria-label={t('unmatched.assignFor', { amount, id: payment.transactionId })}>
                {t('unmatched.assign')}
              </Button>
            )}
            {onRefund && (
              <Button onClick={onRefund} aria-label={t('unmatched.refundFor', { amount, id: payment.transactionId })}>
                {t('unmatched.refund')}
              </Button>
            )}
          </Space>
        )
      }
      styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
    >
      <Descriptions size="small" column={1} items={items} />
    </Card>
  );
}

/**
 * "Chuyển khoản chưa khớp": bank transfers into the desks' accounts that no dossier took.
 * The desk finds out with the payer which dossier a transfer was for and assigns it, which
 * records it as that dossier's payment (never as cash) — or sends the money back and records
 * the refund.
 */
export default function UnmatchedPaymentsPage() {
  const { t, i18n } = useTranslation();
  const account = useAccount();
  const [state, setState] = useState<UnmatchedState>('open');
  const [assigning, setAssigning] = useState<UnmatchedPayment>();
  const [refunding, setRefunding] = useState<UnmatchedPayment>();
  const list = useUnmatchedList(state);
  const mayAct = canAssignUnmatchedPayments(account);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageTitle>{t('unmatched.title')}</PageTitle>
      <Typography.Paragraph>{t('unmatched.intro')}</Typography.Paragraph>
      <Radio.Group
        aria-label={t('unmatched.stateLabel')}
        optionType="button"
        value={state}
        onChange={(e) => setState(e.target.value as UnmatchedState)}
        options={[
          { value: 'open', label: t('unmatched.states.open') },
          { value: 'assigned', label: t('unmatched.states.assigned') },
          { value: 'refunded', label: t('unmatched.states.refunded') },
        ]}
        style={{ marginBottom: 16 }}
      />
      {list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <LoadingBlock />
      ) : (
        <section aria-label={t('unmatched.listLabel')}>
          {items.length === 0 ? (
            <Empty description={t(EMPTY[state])} />
          ) : (
            <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
              {items.map((payment) => (
                <li key={payment.transactionId} aria-label={t('unmatched.itemLabel', { amount: formatMoney(payment.amount, i18n.language), id: payment.transactionId })}>
                  <TransferCard
                    payment={payment}
                    onAssign={mayAct && payment.state === 'open' ? () => setAssigning(payment) : undefined}
                    onRefund={mayAct && payment.state === 'open' ? () => setRefunding(payment) : undefined}
                  />
                </li>
              ))}
            </ul>
          )}
          <LoadMore pages={list} />
        </section>
      )}
      {assigning && <AssignUnmatchedDialog payment={assigning} onClose={() => setAssigning(undefined)} />}
      {refunding && <RefundUnmatchedDialog payment={refunding} onClose={() => setRefunding(undefined)} />}
    </>
  );
}
