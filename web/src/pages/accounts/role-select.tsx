import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../api/types';

/** One of the six staff roles, named in the user's language. */
export function RoleSelect({ id, value, onChange, allowClear, 'aria-label': ariaLabel }: { id?: string; value?: Role | undefined; onChange?: (role: Role | undefined) => void; allowClear?: boolean; 'aria-label'?: string }) {
  const { t } = useTranslation();
  return (
    <Select<Role>
      id={id}
      aria-label={ariaLabel}
      allowClear={allowClear}
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={(role?: Role) => onChange?.(role)}
      placeholder={t('accounts.rolePlaceholder')}
      options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      style={{ width: '100%' }}
    />
  );
}
