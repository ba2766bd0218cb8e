import type { Messages } from '../../../app/i18n/index.ts';
import type { approvalZhCN } from './zh-CN.ts';

export const approvalEnUS: Messages<typeof approvalZhCN> = {
  menu: { group: 'OA', inbox: 'Approvals', start: 'New request', delegations: 'Out of office', designer: 'Approval designer' },
  category: { leave: 'Leave', expense: 'Expenses', purchase: 'Purchase requests', supplies: 'Office supplies', general: 'General', custom: 'Other', document: 'Document reviews' },
  status: { running: 'In progress', approved: 'Approved', rejected: 'Rejected', withdrawn: 'Withdrawn', returned: 'Returned' },
  inbox: {
    title: 'Approvals', todo: 'To do', done: 'Done', initiated: 'Submitted by me', cc: 'CC to me',
    number: 'Number', subject: 'Title', requestType: 'Type', initiator: 'Initiator', node: 'Current step',
    receivedAt: 'Received', decidedAt: 'Handled', createdAt: 'Submitted', keyword: 'Search', keywordPlaceholder: 'Number / title / initiator',
    unread: 'Unread', bulkApprove: 'Approve selected', selected: '{{count}} selected', bulkDone: '{{count}} approved',
    bulkFailed: '{{count}} could not be approved', start: 'New request', select: 'Select',
  },
  start: {
    title: 'New request', empty: 'No request types available', back: 'Back', submit: 'Submit', submitted: 'Submitted',
    required: 'Please fill in: {{fields}}', chooseApprovers: 'Choose approvers', chooseApproverFor: '{{node}} (chosen by you)',
    chooseApproverMissing: 'Choose an approver for "{{node}}"', preview: 'Approval route', previewEmpty: 'The route appears once the form is filled in',
    previewFailed: 'The route cannot be previewed right now', initiatorStep: 'Initiator', endStep: 'End', skipped: 'Skipped: {{reason}}',
    notPublished: 'This request type is not published yet',
    skipReasons: { noApprover: 'nobody found, passes automatically', toAdmin: 'nobody found, goes to the administrators', reject: 'nobody found, will be rejected', initiator: 'the approver is the initiator', dedupe: 'same approver as the previous step' },
  },
  mode: { all: 'All must approve', any: 'Any one approves', sequence: 'One after another' },
  kind: { approver: 'Approver', cc: 'CC', condition: 'Condition', parallel: 'Parallel', start: 'Initiator', end: 'End' },
  form: {
    addRow: 'Add row', removeRow: 'Remove', total: 'Total', rowNo: 'No.',
    start: 'Start date', end: 'End date', computed: 'Computed', empty: '(empty)', pickUser: 'Search people', pickDepartment: 'Choose a department',
  },
  instance: {
    notFound: 'The request does not exist or you may not see it', initiator: 'Initiator', department: 'Department', createdAt: 'Submitted', finishedAt: 'Finished',
    form: 'Details', timeline: 'History', diagram: 'Flow', cc: 'CC', chain: 'Related documents', noCc: 'None',
    opinion: 'Opinion', onBehalfOf: 'on behalf of {{name}}',
  },
  action: {
    approve: 'Approve', reject: 'Reject', return: 'Return', transfer: 'Transfer', delegate: 'Delegate', addSigner: 'Add signer',
    removeSigner: 'Remove signer', submit: 'Submitted', withdraw: 'Withdraw', urge: 'Remind', comment: 'Comment', submitted: 'Submitted', resubmit: 'Resubmitted',
    attachments: 'Attachments', commentLabel: 'Opinion', commentPlaceholder: 'Your opinion (optional)', commentRequired: 'Please enter a comment',
    returnTarget: 'Return to', toInitiator: 'Initiator', toUser: 'Hand to', users: 'Signers', position: 'Position',
    before: 'Before me (they sign first)', after: 'After me (they sign once I approve)', removeTask: 'Signer to remove',
    confirm: 'Confirm', done: 'Done', pickUserRequired: 'Please choose someone', conflict: 'Someone else handled this task; the page was refreshed',
  },
  designer: {
    title: 'Approval designer', create: 'New request type', code: 'Code', name: 'Name', category: 'Group', description: 'Description',
    version: 'Published version', unpublished: 'Not published', enabled: 'Enabled', open: 'Design', codeHelp: 'Starts with a letter; letters and digits only',
    tabs: { flow: 'Flow', fields: 'Form', preview: 'Form preview', settings: 'Settings' },
    saveDraft: 'Save draft', validate: 'Validate', publish: 'Publish', saved: 'Draft saved', valid: 'No problems found',
    published: 'Version {{version}} published', invalid: '{{count}} problems in the flow', unsaved: 'Unsaved changes',
    addNode: 'Add a step', start: 'Initiator', end: 'End', allInitiators: 'Anyone may submit', addBranch: 'Add branch',
    addCondition: 'Add condition', removeBranch: 'Remove branch', defaultBranch: 'Otherwise', branch: 'Condition',
    parallelBranch: 'Branch', noCondition: 'No condition set', removeNode: 'Remove step', nodeName: 'Step name',
    notSet: 'Not set', back: 'Back to list',
  },
  node: {
    source: 'Approvers', sourceKind: {
      users: 'Named people', role: 'A role', initiatorDepartmentHead: 'Department head', superiors: 'Superiors level by level',
      departmentHead: 'Head of a department', initiatorChoice: 'Chosen by the initiator', formField: 'A person field of the form',
    },
    level: 'Head level', levels: 'Up to level', untilRole: 'Or up to role', role: 'Role code',
    department: 'Department', multiple: 'Several people', candidates: 'Candidates (optional)', fieldKey: 'Person field',
    users: 'People', mode: 'With several approvers', emptyApprover: 'When nobody is found', emptyRule: { autoPass: 'Pass automatically', toAdmin: 'Hand to administrators', reject: 'Reject' },
    defaultRule: 'Flow default', fieldPermissions: 'Field permissions', perm: { read: 'Read', edit: 'Edit', hidden: 'Hidden' },
    timeout: 'Timeout', remindAfter: 'Remind after (hours)', timeoutAction: 'Then', timeoutAfter: 'After (hours)',
    timeoutKind: { none: 'Nothing', escalate: 'Escalate to superior', autoApprove: 'Approve automatically', autoReject: 'Reject automatically' },
    ccSources: 'CC recipients', addCcSource: 'Add a recipient source', summaryUsers: '{{count}} people', summaryLevel: 'Head, level {{level}}',
    summaryLevels: 'Superiors ({{levels}} levels)', summaryRole: 'Role: {{role}}',
  },
  condition: {
    match: 'Match', all: 'all conditions', any: 'any condition', add: 'Add condition', field: 'Field', op: 'Operator', value: 'Value',
    initiatorUser: 'Initiator', initiatorDept: 'Initiator department', initiatorRole: 'Initiator role', valueHelp: 'Separate several values with commas',
    ops: { eq: 'equals', ne: 'not equal', gt: 'greater than', gte: 'at least', lt: 'less than', lte: 'at most', in: 'is one of', notIn: 'is none of', contains: 'contains', between: 'between' },
    summary: '{{count}} condition(s)',
  },
  field: {
    add: 'Add field', key: 'Key', label: 'Label', labelEn: 'English label', type: 'Type', required: 'Required',
    options: 'Options', optionsHelp: 'One option per line', columns: 'Columns', addColumn: 'Add column', multiple: 'Multiple',
    compute: 'Computed', computeNone: 'Not computed', computeSum: 'Sum of a detail column', computeDays: 'Working days', up: 'Up', down: 'Down',
    types: {
      text: 'Text', number: 'Number', money: 'Amount', date: 'Date', dateRange: 'Date range', select: 'Choice',
      user: 'Person', department: 'Department', attachment: 'Attachment', detail: 'Detail rows',
    },
    empty: 'No fields yet', newLabel: 'New field', item: 'Item', amount: 'Amount',
  },
  delegation: {
    title: 'Out of office', add: 'Add delegation', delegate: 'Delegate to', period: 'Period', user: 'Delegator', startsAt: 'From', endsAt: 'Until',
    help: 'During the period your approval tasks go to the delegate; the history shows they acted on your behalf.', created: 'Delegation added',
  },
};
