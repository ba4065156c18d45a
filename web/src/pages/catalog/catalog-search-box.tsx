import { SearchOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../app/paths';

/** The home page's "what do you need to do?" box: opens the catalog with the words typed. */
export function CatalogSearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Form
      layout="vertical"
      name="home-catalog-search"
      role="search"
      aria-label={t('home.catalogSearch.label')}
      onFinish={({ q }: { q?: string }) => void navigate(q?.trim() ? paths.catalogSearch(q.trim()) : paths.catalog)}
    >
      <Form.Item name="q" label={<span style={{ fontSize: 19, fontWeight: 600 }}>{t('home.catalogSearch.label')}</span>} style={{ marginBottom: 8 }}>
        <Input type="search" size="large" placeholder={t('home.catalogSearch.placeholder')} autoComplete="off" maxLength={200} />
      </Form.Item>
      <Button type="primary" size="large" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
        {t('home.catalogSearch.submit')}
      </Button>
    </Form>
  );
}
