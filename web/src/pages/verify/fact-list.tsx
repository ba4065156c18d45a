import { Descriptions, Grid, type DescriptionsProps } from 'antd';

/**
 * Facts as label and value: side by side on a PC, the label above the value on a phone, so
 * long values (a SHA-256, an agency's name) get the whole width.
 */
export function FactList({ items }: { items: NonNullable<DescriptionsProps['items']> }) {
  const wide = Grid.useBreakpoint().sm ?? true;
  return <Descriptions bordered size="small" column={1} layout={wide ? 'horizontal' : 'vertical'} style={{ marginBottom: 16 }} items={items} />;
}
