import { Grid, Progress, Steps, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilingStep } from './step-of-field';

/**
 * Where the person is in the filing: the steps on a wide screen, "Bước 2/6" with a bar on a
 * phone. The step's heading takes the focus when the step changes, so a screen reader and
 * a keyboard user start at its top.
 */
export function FilingProgress({ steps, current }: { steps: FilingStep[]; current: number }) {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? true;
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [current]);
  const step = steps[current] ?? 'review';
  return (
    <div style={{ marginBottom: 16 }}>
      {wide ? (
        <Steps size="small" current={current} items={steps.map((s) => ({ key: s, title: t(`filing.steps.${s}`) }))} style={{ marginBottom: 16 }} />
      ) : (
        <Progress percent={Math.round(((current + 1) / steps.length) * 100)} showInfo={false} aria-hidden />
      )}
      <Typography.Title level={2} style={{ fontSize: 21, marginTop: 8 }} ref={heading} tabIndex={-1}>
        {t('filing.stepOf', { n: current + 1, total: steps.length })}: {t(`filing.steps.${step}`)}
      </Typography.Title>
    </div>
  );
}
