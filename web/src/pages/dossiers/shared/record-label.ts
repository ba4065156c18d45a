import type { TFunction } from 'i18next';
import type { PersonalRecord } from '../../../api/dossiers';
import { isRecordType, SCAN_PREFIX } from './record-types';

/** A record type alone (on a dossier only the type is kept): "Giấy khai sinh", "Bản số hóa giấy tờ". */
export function recordTypeLabel(type: string, t: TFunction): string {
  if (type.startsWith(SCAN_PREFIX)) return t('dossier.recordTypes.scan');
  return isRecordType(type) ? t(`dossier.recordTypes.${type}`) : type;
}

/** A held record in words: "Thông tin căn cước — Cơ sở dữ liệu quốc gia về dân cư". */
export function recordLabel(record: Pick<PersonalRecord, 'type' | 'source'>, t: TFunction): string {
  return `${recordTypeLabel(record.type, t)} — ${record.source}`;
}
