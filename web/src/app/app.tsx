import { RouterProvider } from 'react-router-dom';
import { Providers } from './providers';
import { router } from './routes';

/** The whole web app: the public portal and the staff workspace on one router. */
export function App() {
  return (
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  );
}
