import { useParams } from 'react-router';
import { DocumentChainPanel } from '../../shared/chain/index.ts';
import { NotFoundPage } from './ErrorPages.tsx';

/** `/links/:type/:id`: the chain of any document, for deep links from notifications or other systems. */
export default function DocumentChainPage() {
  const { type, id } = useParams();
  if (!type || !id) return <NotFoundPage />;
  return <DocumentChainPanel type={type} id={id} />;
}
