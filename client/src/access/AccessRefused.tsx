import { useTranslation } from 'react-i18next';
import { Link } from '../router/Link.tsx';

/** Instead of the treaty, when the server does not let this browser in. */
export function AccessRefused({ message }: { message: string }) {
  const { t } = useTranslation('access');
  return (
    <div className="notice notice-error access-refused" role="alert" data-testid="access-refused">
      <p>{message}</p>
      <Link to="/">{t('refused.back')}</Link>
    </div>
  );
}
