import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import { ACCEPT_ATTRIBUTE, uploadFile, type UploadedFile } from '../../api/files';

const MAX_BYTES = 20 * 1024 * 1024;

interface Props {
  /** What the files are for, to name the button ("Tải tệp lên: Giấy chứng sinh"). */
  label: string;
  value: UploadedFile[];
  onChange: (files: UploadedFile[]) => void;
  /** True while a file is still on its way (the step should wait for it). */
  onBusy?: (busy: boolean) => void;
  maxFiles?: number;
}

/**
 * Uploads scans or photos (PDF, JPEG, PNG, WebP) for one dossier component, each with its
 * progress; a refused file shows the server's reason. The value is what the server stored
 * (content address, size, type), which the dossier refers to.
 */
export function FileUpload({ label, value, onChange, onBusy, maxFiles = 20 }: Props) {
  const { t, i18n } = useTranslation();
  const [list, setList] = useState<UploadFile<UploadedFile>[]>(() => value.map((f) => ({ uid: f.sha256, name: f.filename, status: 'done', response: f, size: f.size })));
  const update = (next: UploadFile<UploadedFile>[]) => {
    setList(next);
    onBusy?.(next.some((f) => f.status === 'uploading'));
    onChange(next.flatMap((f) => (f.status === 'done' && f.response ? [f.response] : [])));
  };
  return (
    <Upload<UploadedFile>
      accept={ACCEPT_ATTRIBUTE}
      multiple
      fileList={list}
      maxCount={maxFiles}
      beforeUpload={(file) => {
        if (file.size > MAX_BYTES) {
          update([...list, { uid: file.uid, name: file.name, status: 'error', error: new Error(t('upload.tooLarge')), response: undefined }]);
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
      customRequest={({ file, onProgress, onSuccess, onError }) => {
        uploadFile(file as File, { onProgress: (percent) => onProgress?.({ percent }) })
          .then((uploaded) => onSuccess?.(uploaded))
          .catch((error: unknown) => onError?.(new Error(isApiError(error) ? error.messageIn(i18n.language) : t('common.unexpectedError'))));
      }}
      onChange={({ fileList }) => update(fileList.map((f) => (f.status === 'error' && f.error instanceof Error ? { ...f, response: undefined, error: f.error } : f)))}
      showUploadList={{ showRemoveIcon: true, extra: ({ size }) => (size ? ` (${Math.max(1, Math.round(size / 1024))} KB)` : '') }}
      itemRender={(node, file) => (
        <div title={file.status === 'error' && file.error instanceof Error ? file.error.message : undefined}>
          {node}
          {file.status === 'error' && file.error instanceof Error && (
            <div role="alert" className="upload-error">
              {file.error.message}
            </div>
          )}
        </div>
      )}
    >
      <Button icon={<UploadOutlined aria-hidden />} aria-label={t('upload.button', { label })}>
        {t('upload.choose')}
      </Button>
    </Upload>
  );
}
