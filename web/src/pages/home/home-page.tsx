import { ApartmentOutlined, CalendarOutlined, EnvironmentOutlined, FileSearchOutlined, IdcardOutlined, LoginOutlined, SolutionOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppConfig } from '../../app/app-config';
import { paths } from '../../app/paths';
import { useSession } from '../../app/session';
import { PageTitle } from '../../components/page-title';
import { CatalogSearchBox } from '../catalog/catalog-search-box';
import { EntryCard } from './entry-card';

/** The portal's home: a few big entry points, the most asked-for first. */
export default function HomePage() {
  const { t } = useTranslation();
  const config = useAppConfig();
  const account = useSession().data?.account;
  const cards = [
    { to: paths.catalog, icon: <FileSearchOutlined />, title: t('home.catalog.title'), text: t('home.catalog.text') },
    { to: paths.addressLookup, icon: <EnvironmentOutlined />, title: t('home.addressLookup.title'), text: t('home.addressLookup.text') },
    { to: paths.units, icon: <ApartmentOutlined />, title: t('home.units.title'), text: t('home.units.text') },
    { to: paths.calendar, icon: <CalendarOutlined />, title: t('home.calendar.title'), text: t('home.calendar.text') },
    account
      ? { to: account.kind === 'staff' ? paths.staff : paths.myAccount, icon: <IdcardOutlined />, title: t('home.myAccount.title'), text: t('home.myAccount.text') }
      : { to: paths.register, icon: <IdcardOutlined />, title: t('home.register.title'), text: t('home.register.text') },
    ...(account ? [] : [{ to: paths.signIn, icon: <LoginOutlined />, title: t('home.signIn.title'), text: t('home.signIn.text') }]),
    ...(account?.kind === 'citizen' ? [] : [{ to: paths.staff, icon: <SolutionOutlined />, title: t('home.staff.title'), text: t('home.staff.text') }]),
  ];
  return (
    <>
      <PageTitle>{config.data ? t('home.titleWithProvince', { province: config.data.provinceName }) : t('home.title')}</PageTitle>
      <Card style={{ marginBottom: 20 }}>
        <CatalogSearchBox />
      </Card>
      <Alert type="info" showIcon title={t('home.reformTitle')} description={t('home.reformText')} style={{ marginBottom: 20 }} />
      <Row gutter={[16, 16]}>
        {cards.map((card) => (
          <Col key={card.to} xs={24} md={12}>
            <EntryCard {...card} />
          </Col>
        ))}
      </Row>
    </>
  );
}
