import { moduleBoundaries } from '../module-boundaries.js';
import { repoFile, ruleTester } from './rule-tester.ts';

const orgService = repoFile('apps/server/src/modules/org/application/create-user.ts');
const orgTest = repoFile('apps/server/src/modules/org/__tests__/users.test.ts');
const flowFile = repoFile('apps/server/src/flows/procure-to-pay/on-order-approved.ts');
const webPage = repoFile('apps/web/src/modules/crm/pages/LeadsPage.tsx');

ruleTester().run('triad/module-boundaries', moduleBoundaries, {
  valid: [
    { filename: orgService, code: "import { tx } from '../../../platform/tx/index.ts';" },
    { filename: orgService, code: "import { tx } from '../../../platform/tx';" },
    { filename: orgService, code: "import { users } from '../infra/org.tables.ts';" },
    { filename: orgTest, code: "import { createUser } from '../application/create-user.ts';" },
    { filename: flowFile, code: "import { approveOrder } from '../../modules/procurement/index.ts';" },
    { filename: flowFile, code: "export { x } from '../../modules/procurement/index.ts';" },
    { filename: orgService, code: "import { z } from 'zod'; import { page } from '@triad/contracts';" },
    // Table files use the column helpers directly (index.ts would form an import cycle).
    { filename: repoFile('apps/server/src/modules/org/infra/org.tables.ts'), code: "import { tenantId } from '../../../platform/db/columns.ts';" },
    // Composition roots wire deep paths on purpose.
    { filename: repoFile('apps/server/src/platform/db/schema.ts'), code: "export * from '../../modules/org/infra/org.tables.ts';" },
    { filename: repoFile('apps/server/src/setup/demo-company.ts'), code: "import { users } from '../modules/org/infra/org.tables.ts';" },
    { filename: repoFile('apps/server/src/testing/fixtures.ts'), code: "import { sessions } from '../platform/auth/auth.tables.ts';" },
    { filename: repoFile('apps/server/src/app.ts'), code: "import { installRouteGuard } from './platform/access/route-guard.ts';" },
    { filename: webPage, code: "import { useUsers } from '../../org/index.ts'; import { Table } from '../components/LeadTable.tsx';" },
    { filename: webPage, code: "const page = import('../../org/index.ts');" },
  ],
  invalid: [
    {
      filename: orgService,
      code: "import { sessions } from '../../../platform/auth/auth.tables.ts';",
      errors: [{ messageId: 'deepImport', data: { source: '../../../platform/auth/auth.tables.ts', area: 'apps/server/src/platform/auth' } }],
    },
    {
      filename: flowFile,
      code: "import { orders } from '../../modules/procurement/infra/order.tables.ts';",
      errors: [{ messageId: 'deepImport' }],
    },
    {
      filename: flowFile,
      code: "export * from '../../modules/procurement/domain/order.ts';",
      errors: [{ messageId: 'deepImport' }],
    },
    // A test may reach inside its own area only.
    {
      filename: orgTest,
      code: "import { enqueue } from '../../../platform/events/outbox.ts';",
      errors: [{ messageId: 'deepImport' }],
    },
    {
      filename: repoFile('apps/server/src/platform/access/route-guard.ts'),
      code: "import { commonErrors } from '../http/common-errors.ts';",
      errors: [{ messageId: 'deepImport' }],
    },
    {
      filename: webPage,
      code: "import { UserPicker } from '../../org/components/UserPicker.tsx';",
      errors: [{ messageId: 'deepImport', data: { source: '../../org/components/UserPicker.tsx', area: 'apps/web/src/modules/org' } }],
    },
    {
      filename: webPage,
      code: "const page = import('../../org/pages/UsersPage.tsx');",
      errors: [{ messageId: 'deepImport' }],
    },
    // Outside any area (integration tests, bench) the rule still protects the areas' insides.
    {
      filename: repoFile('tests/integration/loop.test.ts'),
      code: "import { users } from '../../apps/server/src/modules/org/infra/org.tables.ts';",
      errors: [{ messageId: 'deepImport' }],
    },
  ],
});
