import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined, MinusCircleOutlined, PauseCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deadline } from '../../api/dossiers';

/** Each deadline state: a colour, an icon and, always, words — colour alone tells nothing to some people. */
const LOOK: Record<Deadline, { color: string; icon: ReactNode }> = {
  overdue: { color: 'red', icon: <ExclamationCircleOutlined aria-hidden /> },
  due_soon: { color: 'orange', icon: <WarningOutlined aria-hidden /> },
  on_time: { color: 'green', icon: <ClockCircleOutlined aria-hidden /> },
  paused: { color: 'default', icon: <PauseCircleOutlined aria-hidden /> },
  finished: { color: 'blue', icon: <CheckCircleOutlined aria-hidden /> },
  not_started: { color: 'default', icon: <MinusCircleOutlined aria-hidden /> },
};

/** "Quá hạn" (red), "Sắp đến hạn" (orange), "Còn hạn" (green), "Tạm dừng" (grey)…, with working days left. */
export function DeadlineTag({ deadline, daysLeft }: { deadline: Deadline; daysLeft?: number | null | undefined }) {
  const { t } = useTranslation();
  const look = LOOK[deadline];
  const days = deadline === 'on_time' && typeof daysLeft === 'number' && daysLeft > 0 ? ` · ${t('dossier.daysLeft', { count: daysLeft })}` : '';
  return (
    <Tag color={look.color} icon={look.icon} className={`deadline-tag deadline-${deadline}`} data-deadline={deadline}>
      {t(`dossier.deadline.${deadline}`)}
      {days}
    </Tag>
  );
}
