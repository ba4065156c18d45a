import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBanks } from './use-payment-accounts';

/** Lower case without diacritics, so "ngoai thuong" finds "Ngoại Thương". */
const folded = (s: string): string => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/đ/gi, 'd').toLowerCase();

interface Props {
  id?: string;
  value?: string;
  onChange?: (bin: string) => void;
}

/** A bank of the Napas 247 list, found by its short name, full name or BIN. */
export function BankSelect({ id, value, onChange }: Props) {
  const { t } = useTranslation();
  const banks = useBanks();
  const options = (banks.data ?? []).map((b) => ({ value: b.bin, label: `${b.shortName} — ${b.name}`, search: folded(`${b.shortName} ${b.name} ${b.bin}`) }));
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      loading={banks.isPending}
      showSearch={{ filterOption: (input, option) => (option?.search ?? '').includes(folded(input.trim())) }}
      placeholder={t('paymentAccounts.bankSearch')}
      notFoundContent={banks.isError ? t('common.loadFailed') : t('paymentAccounts.noBank')}
      style={{ width: '100%', maxWidth: 520 }}
    />
  );
}
