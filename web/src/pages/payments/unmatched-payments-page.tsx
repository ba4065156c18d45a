import { Button, Card, Descriptions, Empty, Radio, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { UnmatchedPayment } from '../../api/payments';
import { paths } from '../../app/paths';
import { canAssignUnmatchedPayments, canViewDossiers } from '../../app/permissions';
import { useAccount } from '../../app/session';
import { ErrorResult } from '../../components/error-result';
import { LoadingBlock } from '../../components/loading-block';
import { PageTitle } from '../../components/page-title';
import { formatMoney, formatVnDateTime } from '../catalog/format';
import { AssignUnmatchedDialog } from './assign-unmatched-dialog';
import { useUnmatchedList, type UnmatchedState } from './use-unmatched-payments';

/** One transfer: amount, time, content and account; once assigned, the dossier and who did it. */
function TransferCard({ payment, onAssign }: { payment: UnmatchedPayment; onAssign?: (() => void) | undefined }) {
  const { t, i18n } = useTranslation();
  const amount = formatMoney(payment.amount, i18n.language);
  const items: Array<{ key: string; label: string; children: ReactNode }> = [
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
  return (
    <Card
      size="small"
      title={amount}
      extra={
        onAssign && (
          <Button type="primary" onClick={onAssign} aria-label={t('unmatched.assignFor', { amount, id: payment.transactionId })}>
            {t('unmatched.assign')}
          </Button>
        )
      }
      styles={{ header: { flexWrap: 'wrap', gap: 8 } }}
    >
      <Descriptions size="small" column={1} items={items} />
    </Card>
  );
}

/**
 * "Chuyển khoản chưa khớp": bank transfers into the desks' accounts whose content named no
 * dossier. The desk finds out with the payer which dossier a transfer was for and assigns
 * it, which records it as that dossier's payment (never as cash).
 */
export default function UnmatchedPaymentsPage() {
  const { t, i18n } = useTranslation();
  const account = useAccount();
  const [state, setState] = useState<UnmatchedState>('open');
  const [assigning, setAssigning] = useState<UnmatchedPayment>();
  const list = useUnmatchedList(state);
  // The dossier is looked up through the staff dossier search, which administrators do not have.
  const mayAssign = canAssignUnmatchedPayments(account) && canViewDossiers(account);
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
            <Empty description={state === 'open' ? t('unmatched.emptyOpen') : t('unmatched.emptyAssigned')} />
          ) : (
            <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
              {items.map((payment) => (
                <li key={payment.transactionId} aria-label={t('unmatched.itemLabel', { amount: formatMoney(payment.amount, i18n.language), id: payment.transactionId })}>
                  <TransferCard payment={payment} onAssign={mayAssign && payment.state === 'open' ? () => setAssigning(payment) : undefined} />
                </li>
              ))}
            </ul>
          )}
          {list.hasNextPage && (
            <Button block style={{ marginTop: 12 }} loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
              {t('common.loadMore')}
            </Button>
          )}
        </section>
      )}
      {assigning && <AssignUnmatchedDialog payment={assigning} onClose={() => setAssigning(undefined)} />}
    </>
  );
}
