/** A learning-tools error (`code: detail`) as a sentence in the interface language, the English detail after it. */
import type { TFunction } from 'i18next';
import { learnErrorCode, learnErrorDetail } from '../learn/errors';

export function learnMessage(t: TFunction, error: string): string {
  const code = learnErrorCode(error);
  if (!code) return error;
  return t('learnError.withDetail', { message: t(`learnError.${code}`), detail: learnErrorDetail(error) });
}
