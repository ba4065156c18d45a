import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Switches between Vietnamese and English. The button is named in the language it switches
 * to, so a reader of that language recognises it; the choice is remembered (see i18n).
 */
export function LanguageSwitch({ light = false, compact = false }: { light?: boolean; compact?: boolean }) {
  const { i18n } = useTranslation();
  const toEnglish = i18n.language !== 'en';
  const name = toEnglish ? 'English' : 'Tiếng Việt';
  return (
    <Button
      type="text"
      icon={<GlobalOutlined aria-hidden />}
      lang={toEnglish ? 'en' : 'vi'}
      style={light ? { color: '#fff' } : undefined}
      aria-label={compact ? name : undefined}
      onClick={() => void i18n.changeLanguage(toEnglish ? 'en' : 'vi')}
    >
      {compact ? (toEnglish ? 'EN' : 'VI') : name}
    </Button>
  );
}
