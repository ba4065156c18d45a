import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** The paging state of an infinite query, as much of it as the button needs. */
interface Pages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** "Xem thêm" under a list read page by page: the next page, while there is one. */
export function LoadMore({ pages, size }: { pages: Pages; size?: 'large' }) {
  const { t } = useTranslation();
  if (!pages.hasNextPage) return null;
  return (
    <Button block size={size} style={{ marginTop: 12 }} loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
      {t('common.loadMore')}
    </Button>
  );
}
